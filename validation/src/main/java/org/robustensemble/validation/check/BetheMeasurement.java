package org.robustensemble.validation.check;

import org.robustensemble.simulation.bp.BeliefPropagation;
import org.robustensemble.simulation.bp.BpParameters;
import org.robustensemble.simulation.instance.Instance;

/**
 * BP at gamma = 0 on one perceptron instance (docs/theory.md 4.3): the Bethe free entropy per weight, q = mean m_i^2
 * and, for a teacher-student instance, the overlap R = (1/N) sum_i W*_i m_i of the marginals with the teacher.
 * Settings: damping 0.5, messages started uniformly in +-0.01 from the seed's stream, converged to a largest
 * message change of 1e-5 within 2000 sweeps.
 *
 * @param freeEntropy Bethe free entropy per weight (the log-number of solutions at the fixed point)
 * @param q           mean m_i^2
 * @param teacherOverlap (1/N) sum_i W*_i m_i (NaN without a teacher)
 * @param converged   whether BP converged
 * @param sweeps      sweeps used
 */
record BetheMeasurement(double freeEntropy, double q, double teacherOverlap, boolean converged, int sweeps) {

    /** The BP settings of the checks. */
    static BpParameters parameters() {
        return BpParameters.defaults().withDamping(0.5).withEpsilon(1e-5).withMaxIters(2000);
    }

    static BetheMeasurement of(Instance inst, long seed) {
        try (BeliefPropagation bp = new BeliefPropagation(inst, parameters(), seed)) {
            BeliefPropagation.Convergence c = bp.converge();
            double[] m = bp.magnetizations();
            double q = 0;
            double r = 0;
            byte[] t = inst.teacher();
            for (int i = 0; i < m.length; i++) {
                q += m[i] * m[i];
                if (t != null) {
                    r += t[i] * m[i];
                }
            }
            return new BetheMeasurement(bp.freeEntropy(), q / m.length, t != null ? r / m.length : Double.NaN,
                    c.converged(), c.sweeps());
        }
    }
}
