package org.robustensemble.analytic.typical;

import org.robustensemble.analytic.saddle.ConvergenceReport;

/**
 * The replica-symmetric (Nishimori) saddle point of the teacher-student binary perceptron at load alpha
 * (docs/theory.md 3.7; Gyorgyi, PRA 41, 7097 (1990)): see {@link TeacherStudent}.
 *
 * @param alpha   load M/N
 * @param r       overlap R = (1/N) W.W* of a typical solution with the teacher (on the Nishimori line R = q)
 * @param entropy s_TS(alpha), the log-number of solutions per weight in the state of overlap R
 * @param q       overlap of two typical solutions (= R)
 * @param qHat    conjugate of q (the field strength r of docs/theory.md 3.7)
 * @param perfect whether this is the perfect-learning state R = 1 (entropy 0), the equilibrium state beyond
 *                the first-order transition
 * @param report  convergence diagnostics of the fixed point (exact for the perfect-learning state)
 */
public record TeacherStudentSolution(double alpha, double r, double entropy, double q, double qHat, boolean perfect,
        ConvergenceReport report) {
}
