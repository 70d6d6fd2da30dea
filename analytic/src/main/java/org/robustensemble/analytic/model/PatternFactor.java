package org.robustensemble.analytic.model;

import org.robustensemble.analytic.gauss.GaussianFunctions;

/**
 * The Gaussian-smeared factor of one pattern in every free entropy of this package: a pattern whose stability
 * (in units of sqrt(N Q), see {@link WeightSet}) exceeds the margin kappa costs nothing, a violated one costs
 * beta, so the factor is e^-beta + (1 - e^-beta) theta(Delta - kappa). Averaged over the Gaussian part of the
 * field it becomes
 * <pre>
 *   H_beta(u) = e^-beta + (1 - e^-beta) H(u),   u = (kappa - mean)/sd,
 * </pre>
 * (Gardner 1988 for the margin; docs/theory.md 3.5 for the temperature). This class evaluates ln H_beta in log space
 * and its logarithmic derivative R_beta(u) = (1 - e^-beta) G(u)/H_beta(u) (= -d ln H_beta/du). At kappa = 0 and
 * beta = infinity it delegates to {@link GaussianFunctions#lnH} and {@link GaussianFunctions#lnHWithRatio}
 * unchanged, so the zero-margin zero-temperature numbers are bitwise those of the plain code. Immutable.
 */
public final class PatternFactor {
    /** kappa = 0, beta = infinity: the foundation's constraint. */
    static final PatternFactor PLAIN = new PatternFactor(0, Double.POSITIVE_INFINITY);

    private final double kappa;
    private final double beta;
    private final double eps;
    private final double lnEps;
    private final double lnOneMinusEps;

    /**
     * @param kappa margin, in [-10, 10] (finite)
     * @param beta  inverse temperature, &gt; 0, or {@link Double#POSITIVE_INFINITY} (only solutions count)
     */
    public PatternFactor(double kappa, double beta) {
        if (!(kappa >= -10 && kappa <= 10)) {
            throw new IllegalArgumentException("kappa = " + kappa + " must be finite and in [-10, 10]");
        }
        if (!(beta > 0)) {
            throw new IllegalArgumentException("beta = " + beta + " must be > 0 (or infinity)");
        }
        this.kappa = kappa;
        this.beta = beta;
        this.eps = Math.exp(-beta);
        this.lnEps = -beta;
        this.lnOneMinusEps = Math.log1p(-eps);
    }

    public double kappa() {
        return kappa;
    }

    public double beta() {
        return beta;
    }

    /** @return whether beta = infinity (numerically: e^-beta underflows), where H_beta = H */
    public boolean zeroTemperature() {
        return eps == 0;
    }

    /** ln H_beta(u) = ln(e^-beta + (1 - e^-beta) H(u)), a log-sum-exp. */
    public double lnH(double u) {
        double lh = GaussianFunctions.lnH(u);
        return eps == 0 ? lh : mix(lh);
    }

    /**
     * ln H_beta(u), with R_beta(u) = (1 - e^-beta) G(u)/H_beta(u) left in {@code ratio[0]}.
     */
    public double lnHWithRatio(double u, double[] ratio) {
        double lh = GaussianFunctions.lnHWithRatio(u, ratio);
        if (eps == 0) {
            return lh;
        }
        double lb = mix(lh);
        ratio[0] *= Math.exp(lnOneMinusEps + lh - lb);
        return lb;
    }

    /** R_beta(u) = -d ln H_beta(u)/du. */
    public double ratio(double u) {
        if (eps == 0) {
            return GaussianFunctions.gOverH(u);
        }
        double[] r = new double[1];
        lnHWithRatio(u, r);
        return r[0];
    }

    /** @return the share (1 - e^-beta) H(u)/H_beta(u) of the satisfied constraint in H_beta(u) */
    public double satisfiedShare(double u) {
        return eps == 0 ? 1.0 : Math.exp(lnOneMinusEps + GaussianFunctions.lnH(u) - lnH(u));
    }

    /** @return the share e^-beta/H_beta(u) of the violated constraint in H_beta(u) */
    public double violatedShare(double u) {
        return eps == 0 ? 0.0 : Math.exp(lnEps - lnH(u));
    }

    /** ln(e^-beta + (1 - e^-beta) e^lh). */
    private double mix(double lh) {
        double b = lnOneMinusEps + lh;
        double m = Math.max(lnEps, b);
        return m + Math.log(Math.exp(lnEps - m) + Math.exp(b - m));
    }

    @Override
    public String toString() {
        return "kappa=" + kappa + " beta=" + beta;
    }
}
