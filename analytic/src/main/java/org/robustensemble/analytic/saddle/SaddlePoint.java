package org.robustensemble.analytic.saddle;

/**
 * A converged solution of a {@link StationaryProblem}: the point and how it was obtained.
 *
 * @param x      the solution (a copy owned by this record)
 * @param report iterations, residual, method
 */
public record SaddlePoint(double[] x, ConvergenceReport report) {
}
