package org.robustensemble.simulation.edmc;

import org.robustensemble.simulation.bp.BeliefPropagation;
import org.robustensemble.simulation.bp.BpParameters;
import org.robustensemble.simulation.bp.Messages;
import org.robustensemble.simulation.instance.Instance;

/**
 * The objective of entropy-driven Monte Carlo: the local free entropy of a reference configuration,
 * Phi(Wref, gamma) = ln sum_W X(W) exp(gamma W.Wref) (docs/theory.md sections 2 and 4.2; X = 1 on solutions, the
 * beta = infinity limit), estimated by the Bethe free entropy of BP with the external field gamma Wref_j on every
 * weight (the probe of docs/theory.md 4.4, coupling in the overlap convention).
 *
 * <p>The state is the reference, the coupling and the BP messages of the last accepted configuration. A trial flip
 * of Wref_j changes one external field from gamma s to -gamma s (s = Wref_j) and reconverges BP from the current
 * messages ({@link #tryFlip}); {@link #accept()} keeps the new fixed point, {@link #reject()} restores the messages
 * saved at the accepted state (phi, marginals and reference are then exactly those before the trial; BP's beliefs are
 * recomputed from the restored messages and its sweep-order stream has moved on).
 *
 * <p>Normalisation: {@link #phi()} is per weight (BP's {@link BeliefPropagation#freeEntropy()}, divided by N K);
 * the Metropolis rule needs the extensive change N K (phi' - phi), {@link Trial#deltaTotal()}.
 *
 * <p>Cheap proposal score ({@link #predictedGain(int)}): with exact marginals, flipping Wref_j = s multiplies the
 * partition function by &lt;exp(-2 gamma s W_j)&gt; = cosh(2 gamma) - s m_j sinh(2 gamma), where m_j is the full
 * marginal (external field included). With BP marginals this is a first-order estimate of the BP change, positive
 * exactly when the cavity field of W_j (its marginal without the reference field) disagrees in sign with s.
 *
 * <p>Not thread-safe; {@link #close()} releases the BP workers.
 */
public final class LocalFreeEntropy implements AutoCloseable {
    private final BeliefPropagation bp;
    private final byte[] ref;
    private final double[] fields;
    private final int nw;
    private double gamma;
    private double phi;
    private double[] mag;
    private Messages saved;
    private BeliefPropagation.Convergence last;
    private int pending = -1;
    private double pendingPhi;
    private double[] pendingMag;

    /**
     * One trial flip.
     *
     * @param index       the flipped weight
     * @param phi         free entropy per weight after the flip (BP reconverged from the current messages)
     * @param deltaTotal  N K (phi - phi before the flip): the change of the extensive local free entropy
     * @param sweeps      BP sweeps of the reconvergence
     * @param converged   BP reached its tolerance within its sweep limit
     * @param residual    the last largest message change of the reconvergence
     */
    public record Trial(int index, double phi, double deltaTotal, int sweeps, boolean converged, double residual) {
    }

    /**
     * Builds BP on the instance (no committee symmetry-breaking prior: the reference field breaks the symmetry, as in
     * the probe), sets the fields gamma Wref and converges.
     *
     * @param instance  the instance
     * @param reference the initial reference, +-1, length N K (copied)
     * @param gamma     coupling, finite and &gt;= 0
     * @param par       BP settings
     * @param seed      seed of BP's initial messages and sweep order
     */
    public LocalFreeEntropy(Instance instance, byte[] reference, double gamma, BpParameters par, long seed) {
        nw = instance.n() * instance.k();
        if (reference.length != nw) {
            throw new IllegalArgumentException("reference has length " + reference.length + ", expected N K = " + nw);
        }
        for (int j = 0; j < nw; j++) {
            if (reference[j] != 1 && reference[j] != -1) {
                throw new IllegalArgumentException("reference[" + j + "] = " + reference[j] + ", expected +1 or -1");
            }
        }
        ref = reference.clone();
        fields = new double[nw];
        bp = new BeliefPropagation(instance, par.withSymmetryBreaking(0), seed);
        setGamma(gamma);
    }

    /**
     * Sets the coupling (fields gamma Wref_j), reconverges BP from the current messages and saves the fixed point as
     * the accepted state.
     *
     * @return the convergence record of this reconvergence
     */
    public BeliefPropagation.Convergence setGamma(double g) {
        if (!(g >= 0) || Double.isInfinite(g)) {
            throw new IllegalArgumentException("gamma = " + g + " must be finite and >= 0");
        }
        if (pending >= 0) {
            throw new IllegalStateException("a trial flip is pending: accept or reject it first");
        }
        gamma = g;
        for (int j = 0; j < nw; j++) {
            fields[j] = g * ref[j];
        }
        bp.setExternalFields(fields);
        last = bp.converge();
        phi = bp.freeEntropy();
        mag = bp.magnetizations();
        saved = bp.snapshot();
        return last;
    }

    /**
     * Flips Wref_j on trial: changes its external field and reconverges BP from the current messages. When gamma = 0
     * the fields do not change, BP is not touched and the trial is exactly neutral (0 sweeps).
     */
    public Trial tryFlip(int j) {
        if (pending >= 0) {
            throw new IllegalStateException("a trial flip is pending: accept or reject it first");
        }
        if (j < 0 || j >= nw) {
            throw new IllegalArgumentException("weight index " + j + " out of [0, " + nw + ")");
        }
        pending = j;
        if (gamma == 0) {
            pendingPhi = phi;
            pendingMag = mag;
            return new Trial(j, phi, 0.0, 0, true, 0.0);
        }
        fields[j] = -fields[j];
        bp.setExternalFields(fields);
        BeliefPropagation.Convergence c = bp.converge();
        pendingPhi = bp.freeEntropy();
        pendingMag = bp.magnetizations();
        return new Trial(j, pendingPhi, (double) nw * (pendingPhi - phi), c.sweeps(), c.converged(), c.residual());
    }

    /** Keeps the pending trial flip: the reference, the fixed point and phi become those after the flip. */
    public void accept() {
        int j = requirePending();
        ref[j] = (byte) -ref[j];
        if (gamma != 0) {
            saved = bp.snapshot();
        }
        phi = pendingPhi;
        mag = pendingMag;
        pending = -1;
    }

    /** Drops the pending trial flip: the messages saved at the last accepted state are restored. */
    public void reject() {
        int j = requirePending();
        if (gamma != 0) {
            fields[j] = -fields[j];
            bp.restore(saved);
        }
        pending = -1;
    }

    private int requirePending() {
        if (pending < 0) {
            throw new IllegalStateException("no trial flip is pending");
        }
        return pending;
    }

    /**
     * The first-order score of flipping Wref_j at the accepted state: ln(cosh 2 gamma - s m_j sinh 2 gamma),
     * s = Wref_j, m_j the BP marginal (exact change of the total free entropy for exact marginals). Positive iff the
     * cavity field of W_j disagrees with s; 0 for every j at gamma = 0.
     */
    public double predictedGain(int j) {
        double x = ref[j] * mag[j];
        if (gamma == 0) {
            return 0.0;
        }
        // cosh(2g) - x sinh(2g) = e^{2g} (1 - x)/2 + e^{-2g} (1 + x)/2, in log space
        double a = 2 * gamma + Math.log((1 - x) / 2);
        double b = -2 * gamma + Math.log((1 + x) / 2);
        double hi = Math.max(a, b);
        if (hi == Double.NEGATIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        return hi + Math.log1p(Math.exp(Math.min(a, b) - hi));
    }

    /**
     * Sets the reference to the signs of the current BP marginals (ties +1) without touching BP: meant for gamma = 0,
     * where the reference does not enter BP (the accelerated start of the EdMC paper); call {@link #setGamma} next.
     */
    public void alignToMarginals() {
        if (pending >= 0) {
            throw new IllegalStateException("a trial flip is pending: accept or reject it first");
        }
        if (gamma != 0) {
            throw new IllegalStateException("alignToMarginals needs gamma = 0, gamma is " + gamma);
        }
        for (int j = 0; j < nw; j++) {
            ref[j] = (byte) (mag[j] >= 0 ? 1 : -1);
        }
    }

    /** @return the local free entropy per weight at the accepted state */
    public double phi() {
        return phi;
    }

    /** @return the coupling */
    public double gamma() {
        return gamma;
    }

    /** @return S = (1/NK) sum_j Wref_j m_j at the accepted state */
    public double overlap() {
        double s = 0;
        for (int j = 0; j < nw; j++) {
            s += ref[j] * mag[j];
        }
        return s / nw;
    }

    /** @return the BP marginals at the accepted state (a copy) */
    public double[] magnetizations() {
        return mag.clone();
    }

    /** @return the accepted reference (a copy) */
    public byte[] reference() {
        return ref.clone();
    }

    /** @return Wref_j of the accepted reference */
    public int reference(int j) {
        return ref[j];
    }

    /** @return the number of weights N K */
    public int size() {
        return nw;
    }

    /** @return the convergence record of the last {@link #setGamma} */
    public BeliefPropagation.Convergence lastGammaConvergence() {
        return last;
    }

    /** @return BP sweeps done so far, over all reconvergences (rejected trials included) */
    public long sweeps() {
        return bp.sweeps();
    }

    @Override
    public void close() {
        bp.close();
    }
}
