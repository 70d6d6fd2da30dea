package org.robustensemble.simulation.bp;

import java.util.ArrayList;
import java.util.List;

import org.robustensemble.simulation.instance.Instance;

/**
 * The local entropy around a given configuration measured by BP (docs/theory.md 4.4): BP on the instance with an
 * external field gamma Wref_j on every weight (coupling exp(gamma W.Wref), the overlap convention). From the
 * fixed point: the Bethe free entropy f(gamma) per weight, S = (1/NK) sum_j Wref_j m_j, d = (1 - S)/2 and the
 * local entropy S_loc(d) = f(gamma) - gamma S. Converged messages are reused from one gamma to the next.
 */
public final class LocalEntropyProbe {

    /**
     * One point of the curve.
     *
     * @param gamma        coupling
     * @param s            overlap with the reference
     * @param d            normalized Hamming distance (1 - S)/2
     * @param freeEntropy  Bethe free entropy per weight
     * @param localEntropy f - gamma S
     * @param converged    BP converged at this gamma
     * @param sweeps       sweeps used at this gamma
     */
    public record Point(double gamma, double s, double d, double freeEntropy, double localEntropy, boolean converged,
                        int sweeps) {
    }

    private LocalEntropyProbe() {
    }

    /**
     * Sweeps gamma in the given order.
     *
     * @param instance  the instance
     * @param reference Wref, +-1, length N K
     * @param gammas    the gamma values (finite, >= 0)
     * @param par       BP settings ({@link BpParameters#symmetryBreaking()} is not used)
     * @param seed      seed of the initial messages and sweep order
     */
    public static List<Point> run(Instance instance, byte[] reference, double[] gammas, BpParameters par, long seed) {
        int nw = instance.n() * instance.k();
        if (reference.length != nw) {
            throw new IllegalArgumentException("reference has length " + reference.length + ", expected N K = " + nw);
        }
        for (double g : gammas) {
            if (!(g >= 0) || Double.isInfinite(g)) {
                throw new IllegalArgumentException("gamma = " + g + " must be finite and >= 0");
            }
        }
        List<Point> out = new ArrayList<>();
        // the probe measures the unbiased system around Wref (the reference field itself breaks the permutation
        // symmetry of a committee): no symmetry-breaking prior
        try (BeliefPropagation bp = new BeliefPropagation(instance, par.withSymmetryBreaking(0), seed)) {
            double[] fields = new double[nw];
            for (double g : gammas) {
                for (int j = 0; j < nw; j++) {
                    fields[j] = g * reference[j];
                }
                bp.setExternalFields(fields);
                BeliefPropagation.Convergence c = bp.converge();
                double f = bp.freeEntropy();
                double[] mm = bp.magnetizations();
                double s = 0;
                for (int j = 0; j < nw; j++) {
                    s += reference[j] * mm[j];
                }
                s /= nw;
                out.add(new Point(g, s, (1 - s) / 2, f, f - g * s, c.converged(), c.sweeps()));
            }
        }
        return out;
    }
}
