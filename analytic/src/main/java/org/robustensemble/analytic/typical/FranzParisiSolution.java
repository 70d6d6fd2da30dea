package org.robustensemble.analytic.typical;

import org.robustensemble.analytic.saddle.ConvergenceReport;

/**
 * Franz-Parisi local entropy around a typical (equilibrium) solution of the binary perceptron (docs/theory.md 3.4
 * and 7; Huang and Kabashima, PRE 90, 052813 (2014)).
 *
 * @param alpha    load
 * @param d        distance from the reference, d = (1 - p)/2
 * @param entropy  S_FP(d): log-number (per weight) of solutions at distance d from a typical solution
 * @param t        overlap of a counted solution with another copy's reference
 * @param q1       overlap of two counted solutions around the same reference
 * @param tHat     conjugate of t
 * @param qHat1    conjugate of q1
 * @param pHat     the multiplier fixing the distance
 * @param report   convergence diagnostics
 */
public record FranzParisiSolution(double alpha, double d, double entropy, double t, double q1, double tHat,
        double qHat1, double pHat, ConvergenceReport report) {

    /** @return (t, q1, tHat, qHat1, pHat) as a continuation start */
    public double[] orderParameters() {
        return new double[] {t, q1, tHat, qHat1, pHat};
    }
}
