package org.robustensemble.analytic.perceptron;

import org.robustensemble.analytic.saddle.ConvergenceReport;

/**
 * Replica-symmetric Gardner saddle point of the binary perceptron at load alpha (science.md 3.1).
 *
 * @param alpha   load M/N
 * @param q       typical overlap of two solutions
 * @param qHat    its conjugate
 * @param entropy s_G(alpha), the log-number of solutions per weight
 * @param report  convergence diagnostics
 */
public record GardnerSolution(double alpha, double q, double qHat, double entropy, ConvergenceReport report) {
}
