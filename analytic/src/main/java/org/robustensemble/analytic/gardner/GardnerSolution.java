package org.robustensemble.analytic.gardner;

import org.robustensemble.analytic.saddle.ConvergenceReport;

/**
 * Replica-symmetric Gardner saddle point of the perceptron at load alpha (docs/theory.md 3.1; general weight sets:
 * {@link WeightSet}, {@link Gardner}).
 *
 * @param alpha        load M/N
 * @param q            typical overlap (1/N) W.W' of two solutions
 * @param qHat         its conjugate
 * @param entropy      s_G(alpha), the log-number of solutions per weight (at finite beta: the free entropy)
 * @param report       convergence diagnostics
 * @param selfOverlap  Q = (1/N) W.W (1 for binary weights)
 * @param selfConjugate its conjugate rHat, the coefficient of -w^2/2 in the single-site measure (for binary
 *                     weights, where it drops out, the value qHat (1 - q) of the general equations)
 */
public record GardnerSolution(double alpha, double q, double qHat, double entropy, ConvergenceReport report,
        double selfOverlap, double selfConjugate) {

    /** A binary-weight solution (Q = 1). */
    public GardnerSolution(double alpha, double q, double qHat, double entropy, ConvergenceReport report) {
        this(alpha, q, qHat, entropy, report, 1.0, qHat * (1 - q));
    }

    /** @return the normalised overlap q/Q of two solutions (= q for binary weights) */
    public double normalisedOverlap() {
        return q / selfOverlap;
    }
}
