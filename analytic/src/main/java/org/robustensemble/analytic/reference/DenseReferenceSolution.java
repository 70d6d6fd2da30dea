package org.robustensemble.analytic.reference;

import org.robustensemble.analytic.saddle.ConvergenceReport;

/**
 * A saddle point of the dense-reference free entropy ({@link DenseReference}): references constrained to be
 * solutions, y = infinity, replica symmetric.
 *
 * @param alpha        load
 * @param distance     d = (1 - S)/2, the distance between the reference and the counted solutions
 * @param gamma        the coupling (overlap convention) that selects this d: gamma = -dS_I/dS = (1/2) dS_I/dd
 * @param localEntropy S_I(d), the log-number of solutions at distance d from the densest solution references
 * @param penalty      alpha E[min(reference field, 0)^2]/(2b), the cost of the reference constraint in the free
 *                     entropy; for a slack solution, the first-order change of S_I if the constraint were imposed
 * @param slack        whether the constraint is slack: the unconstrained saddle point (Qh = Ph = 0) was accepted
 *                     because imposing the constraint changes S_I by less than the solver tolerance
 * @param x            the order parameters (q0, delta, tau, sigma, qh0, Dh, Qh, Ph, Gamma)
 * @param report       convergence diagnostics
 */
public record DenseReferenceSolution(double alpha, double distance, double gamma, double localEntropy, double penalty,
        boolean slack, double[] x,
        ConvergenceReport report) {

    /** @return a copy of the order parameters, e.g. as a continuation start */
    public double[] orderParameters() {
        return x.clone();
    }
}
