package org.robustensemble.validation.suite;

/**
 * Sample means and standard errors over independent instances, and weighted least-squares extrapolation in
 * 1/N (finite-size scaling) with the finite-size term of the allowance.
 */
public final class Stats {
    private Stats() {
    }

    /** A mean with its standard error (sample standard deviation / sqrt(n)). */
    public record Mean(double mean, double stdError, int n) {
    }

    /** @return the mean and its standard error (NaN error for fewer than two values) */
    public static Mean mean(double[] v) {
        int n = v.length;
        double m = 0;
        for (double x : v) {
            m += x;
        }
        m /= n;
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        double se = n > 1 ? Math.sqrt(s / (n - 1) / n) : Double.NaN;
        return new Mean(m, se, n);
    }

    /**
     * An extrapolation to N = infinity.
     *
     * @param value       the intercept of the fit of order 1 in 1/N (a + b/N)
     * @param stdError    its standard error, propagated from the errors of the points
     * @param finiteSize  the finite-size term of the allowance: |a_1 - a_2|, the change of the intercept when the
     *                    fit gains a 1/N^2 term (at least 4 sizes), otherwise |b|/N_max, the whole 1/N correction
     *                    at the largest size
     * @param slope       b, the 1/N coefficient
     */
    public record Extrapolation(double value, double stdError, double finiteSize, double slope) {
    }

    /**
     * Extrapolates y(N) to N = infinity by weighted least squares in x = 1/N (weights 1/se^2).
     *
     * @param n  sizes (at least 2 distinct)
     * @param y  values
     * @param se their standard errors (&gt; 0)
     */
    public static Extrapolation extrapolate(double[] n, double[] y, double[] se) {
        double[] x = new double[n.length];
        double xMin = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n.length; i++) {
            x[i] = 1 / n[i];
            xMin = Math.min(xMin, x[i]);
        }
        double[][] c1 = fit(x, y, se, 1);
        double a1 = c1[0][0];
        double fs;
        if (n.length >= 4) {
            fs = Math.abs(fit(x, y, se, 2)[0][0] - a1);
        } else {
            fs = Math.abs(c1[0][1]) * xMin;
        }
        return new Extrapolation(a1, Math.sqrt(c1[1][0]), fs, c1[0][1]);
    }

    /**
     * Weighted polynomial least squares of the given order.
     *
     * @return {coefficients, variances of the coefficients}
     */
    static double[][] fit(double[] x, double[] y, double[] se, int order) {
        int p = order + 1;
        double[][] a = new double[p][p];
        double[] b = new double[p];
        for (int i = 0; i < x.length; i++) {
            double w = 1 / (se[i] * se[i]);
            for (int r = 0; r < p; r++) {
                b[r] += w * Math.pow(x[i], r) * y[i];
                for (int c = 0; c < p; c++) {
                    a[r][c] += w * Math.pow(x[i], r + c);
                }
            }
        }
        double[][] inv = invert(a);
        double[] coef = new double[p];
        double[] var = new double[p];
        for (int r = 0; r < p; r++) {
            for (int c = 0; c < p; c++) {
                coef[r] += inv[r][c] * b[c];
            }
            var[r] = inv[r][r];
        }
        return new double[][] {coef, var};
    }

    /** Gauss-Jordan inverse with partial pivoting of a small symmetric positive matrix. */
    private static double[][] invert(double[][] m) {
        int n = m.length;
        double[][] a = new double[n][2 * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(m[i], 0, a[i], 0, n);
            a[i][n + i] = 1;
        }
        for (int c = 0; c < n; c++) {
            int piv = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) {
                    piv = r;
                }
            }
            double[] t = a[c];
            a[c] = a[piv];
            a[piv] = t;
            double d = a[c][c];
            if (d == 0 || !Double.isFinite(d)) {
                throw new ArithmeticException("singular least-squares system (need more distinct sizes)");
            }
            for (int k = 0; k < 2 * n; k++) {
                a[c][k] /= d;
            }
            for (int r = 0; r < n; r++) {
                if (r != c) {
                    double f = a[r][c];
                    for (int k = 0; k < 2 * n; k++) {
                        a[r][k] -= f * a[c][k];
                    }
                }
            }
        }
        double[][] inv = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], n, inv[i], 0, n);
        }
        return inv;
    }
}
