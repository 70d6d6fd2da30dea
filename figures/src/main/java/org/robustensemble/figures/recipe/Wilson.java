package org.robustensemble.figures.recipe;

/**
 * The Wilson score interval of a binomial proportion (E. B. Wilson, JASA 22:209, 1927): for k successes in n
 * trials and z = 1.96, centre (p + z^2/2n)/(1 + z^2/n) and half-width z sqrt(p(1-p)/n + z^2/4n^2)/(1 + z^2/n). It
 * stays inside [0, 1] and is not empty at k = 0 or k = n, unlike the normal approximation.
 */
public final class Wilson {
    /** 97.5% quantile of the standard normal: 95% two-sided intervals. */
    public static final double Z95 = 1.959963984540054;

    private Wilson() {
    }

    /** @return {lower, upper} of the 95% interval of k successes in n trials (n >= 1, 0 <= k <= n) */
    public static double[] interval(int k, int n) {
        if (n < 1 || k < 0 || k > n) {
            throw new IllegalArgumentException("Wilson interval needs 0 <= k <= n, n >= 1 (k = " + k + ", n = " + n + ")");
        }
        double z2 = Z95 * Z95;
        double p = (double) k / n;
        double den = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / den;
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / den;
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }
}
