package org.robustensemble.analytic.ensemble;

import org.robustensemble.analytic.gauss.GaussianFunctions;
import org.robustensemble.analytic.gauss.GaussianRule;

/**
 * The energy density at finite inverse temperature beta: the mean fraction of violated patterns of one replica,
 * e = -(1/(alpha y)) d phi/d beta (docs/theory.md 3.5), for the Gardner free entropy (y = 1) and the robust ensemble
 * at finite y (docs/theory.md 3.2 with the finite-beta factor of 3.5). By the envelope theorem only the explicit beta
 * dependence of the energetic term counts at the saddle point. With the pattern factor
 * H_beta(x) = e^-beta + (1 - e^-beta) H(x) (x the margin kappa minus the Gaussian field, in units of its width)
 * d ln H_beta/d beta = -e^-beta H(-x)/H_beta(x), the probability that the pattern is violated in the tilted
 * measure, so
 * <pre>
 *   Gardner:  e = E_z v(x),  x = (kappa - sqrt(q) z)/sqrt(1-q),
 *   RE:       e = E_z0 [ E_z1 H_beta(x)^y v(x) / E_z1 H_beta(x)^y ],  x = (kappa - sqrt(q0) z0 - sqrt(q1-q0) z1)/sqrt(1-q1),
 *   v(x) = e^-beta H(-x)/H_beta(x).
 * </pre>
 * Exact limits: e = 0 at beta = infinity; e = 1/2 at q = 0, beta -&gt; 0 (no information about the labels).
 * Expectations on composite Gauss-Legendre panels on [-10, 10] (nested for the RE; the inner average in log
 * space). Stateless and thread-safe.
 */
public final class EnergyDensity {
    private static final GaussianRule RULE = GaussianRule.panels(-10, 10, 0.125, 8);

    private EnergyDensity() {
    }

    /**
     * Energy density of the Gardner (single replica) measure at its saddle point.
     *
     * @param q     overlap of two replicas (normalised by the self-overlap for non-binary weights), in [0, 1)
     * @param kappa margin
     * @param beta  inverse temperature &gt; 0 ({@link Double#POSITIVE_INFINITY}: 0)
     * @return the mean fraction of violated patterns
     */
    public static double gardner(double q, double kappa, double beta) {
        check(q, q, beta);
        if (Double.isInfinite(beta)) {
            return 0;
        }
        double sq = Math.sqrt(q);
        double c = Math.sqrt(1 - q);
        double e = 0;
        for (int i = 0; i < RULE.size(); i++) {
            e += RULE.weight(i) * violated((kappa - sq * RULE.node(i)) / c, beta);
        }
        return e;
    }

    /**
     * Energy density of one replica of the robust ensemble at finite y (reference unconstrained) at its saddle
     * point.
     *
     * @param y     replicas, &gt;= 1
     * @param q0    overlap of replicas of different references
     * @param q1    overlap of two replicas of the same reference, q0 &lt;= q1 &lt; 1
     * @param kappa margin
     * @param beta  inverse temperature &gt; 0 ({@link Double#POSITIVE_INFINITY}: 0)
     * @return the mean fraction of violated patterns of one replica
     */
    public static double robustEnsemble(double y, double q0, double q1, double kappa, double beta) {
        check(q0, q1, beta);
        if (!(y >= 1) || Double.isInfinite(y)) {
            throw new IllegalArgumentException("y = " + y + " must be finite and >= 1");
        }
        if (Double.isInfinite(beta)) {
            return 0;
        }
        double s0 = Math.sqrt(q0);
        double s1 = Math.sqrt(q1 - q0);
        double c = Math.sqrt(1 - q1);
        double lnEps = -beta;
        double lnOneMinusEps = Math.log(-Math.expm1(-beta));
        int n = RULE.size();
        double[] lw = new double[n];
        double[] v = new double[n];
        double e = 0;
        for (int i = 0; i < n; i++) {
            double a = kappa - s0 * RULE.node(i);
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                double x = (a - s1 * RULE.node(j)) / c;
                double lh = GaussianFunctions.lnH(x);
                double lb = logSumExp(lnEps, lnOneMinusEps + lh);
                lw[j] = y * lb;
                v[j] = Math.exp(lnEps + GaussianFunctions.lnH(-x) - lb);
                max = Math.max(max, lw[j]);
            }
            double num = 0;
            double den = 0;
            for (int j = 0; j < n; j++) {
                double w = RULE.weight(j) * Math.exp(lw[j] - max);
                num += w * v[j];
                den += w;
            }
            e += RULE.weight(i) * num / den;
        }
        return e;
    }

    /** v(x) = e^-beta H(-x)/H_beta(x), in log space. */
    private static double violated(double x, double beta) {
        double lb = logSumExp(-beta, Math.log(-Math.expm1(-beta)) + GaussianFunctions.lnH(x));
        return Math.exp(-beta + GaussianFunctions.lnH(-x) - lb);
    }

    private static double logSumExp(double a, double b) {
        double m = Math.max(a, b);
        return m + Math.log(Math.exp(a - m) + Math.exp(b - m));
    }

    private static void check(double q0, double q1, double beta) {
        if (!(q0 >= 0 && q1 >= q0 && q1 < 1)) {
            throw new IllegalArgumentException("overlaps q0 = " + q0 + ", q1 = " + q1 + " must satisfy 0 <= q0 <= q1 < 1");
        }
        if (!(beta > 0)) {
            throw new IllegalArgumentException("beta = " + beta + " must be > 0 (or infinity)");
        }
    }
}
