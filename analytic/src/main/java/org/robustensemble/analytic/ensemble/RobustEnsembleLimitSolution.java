package org.robustensemble.analytic.ensemble;

import org.robustensemble.analytic.saddle.ConvergenceReport;

/**
 * The robust ensemble in the limit y -&gt; infinity (docs/theory.md 3.3): the maximal local free entropy and its
 * order parameters, with q1 - q0 = delta / y and qh1 - qh0 = Dh / y.
 *
 * @param alpha        load
 * @param gamma        coupling to the reference (overlap convention)
 * @param bigPhi       Phi_max = lim phi / y, the local free entropy of the densest references
 * @param overlap      S = d Phi_max / d gamma
 * @param distance     d = (1 - S)/2
 * @param localEntropy S_I = Phi_max - gamma S
 * @param q0           overlap between replicas (q1 -&gt; q0)
 * @param delta        y (q1 - q0); +infinity at alpha = 0, where the scaling does not hold
 * @param qHat0        conjugate of q0
 * @param dHat         y (qh1 - qh0)
 * @param report       convergence diagnostics
 */
public record RobustEnsembleLimitSolution(double alpha, double gamma, double bigPhi, double overlap, double distance,
        double localEntropy, double q0, double delta, double qHat0, double dHat, ConvergenceReport report) {

    /** @return (q0, delta, qHat0, dHat), e.g. as a continuation start */
    public double[] orderParameters() {
        return new double[] {q0, delta, qHat0, dHat};
    }
}
