package org.robustensemble.analytic.saddle;

/**
 * Diagnostics of one solve: how many iterations, the final residual (max-norm of the stationarity conditions),
 * the quadrature resolution used, the method that produced the result, and whether the tolerance was met.
 *
 * @param iterations iterations performed
 * @param residual   final max-norm residual of the saddle-point (or root) equations
 * @param tolerance  the requested tolerance on the residual
 * @param nodes      quadrature nodes of the outer integrals (a resolution indicator; 0 if not applicable)
 * @param method     e.g. "newton", "damped-fixed-point", "brent"
 * @param converged  whether {@code residual <= tolerance}
 */
public record ConvergenceReport(int iterations, double residual, double tolerance, int nodes, String method,
        boolean converged) {
    @Override
    public String toString() {
        return method + ": iterations=" + iterations + ", residual=" + String.format("%.3e", residual) + " (tol "
                + String.format("%.1e", tolerance) + "), nodes=" + nodes;
    }
}
