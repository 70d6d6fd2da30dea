package org.robustensemble.analytic.ensemble;

import org.robustensemble.analytic.saddle.ConvergenceReport;

/**
 * The robust ensemble at finite y (docs/theory.md 3.2): saddle point and observables.
 *
 * @param alpha    load
 * @param y        number of replicas (the reference's inverse temperature), y &gt;= 1
 * @param gamma    coupling to the reference, exp(gamma W.Wref) (overlap convention)
 * @param phi      phi_RE, the free entropy of the references
 * @param bigPhi   Phi = d phi / d y, the mean local free entropy
 * @param overlap  S, the replica-reference overlap, = (1/y) d phi / d gamma
 * @param distance d = (1 - S)/2
 * @param localEntropy S_I = Phi - gamma S
 * @param externalEntropy Sigma_ext = phi - y Phi (log-number of references; negative = RS description fails)
 * @param q0       overlap of replicas of different references
 * @param q1       overlap of two replicas of the same reference
 * @param qHat0    conjugate of q0
 * @param qHat1    conjugate of q1
 * @param report   convergence diagnostics
 */
public record RobustEnsembleSolution(double alpha, double y, double gamma, double phi, double bigPhi,
        double overlap, double distance, double localEntropy, double externalEntropy, double q0, double q1,
        double qHat0, double qHat1, ConvergenceReport report) {

    /** @return the order parameters (q0, q1, qHat0, qHat1), e.g. as a continuation start */
    public double[] orderParameters() {
        return new double[] {q0, q1, qHat0, qHat1};
    }
}
