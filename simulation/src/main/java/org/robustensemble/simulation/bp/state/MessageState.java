package org.robustensemble.simulation.bp.state;

import java.util.SplittableRandom;

import org.robustensemble.simulation.bp.message.MessageAlgebra;
import org.robustensemble.simulation.instance.Instance;

/**
 * The messages and beliefs of BP on one instance (docs/theory.md 4.3): the factor graph's shape (N inputs per hidden
 * unit, K units, M patterns, the pattern signs xi and labels sigma), the input-layer messages theta factor ->
 * weight (M N K), the tau messages of a committee (M K each way), and per weight the external field, the fixed
 * committee prior, the focusing message and the belief (their product with all input-layer messages). The arrays
 * are shared in place by the factor updates ({@code bp.factor}) and the engine ({@code bp.engine}); this class
 * keeps them consistent (initial state, beliefs recomputed from the messages, external fields swapped in).
 *
 * <p>Messages are encoded by the run's {@link MessageAlgebra}, except that while the perceptron kernel sweeps in
 * the field representation the input-layer messages hold the ratios e^{2u} ({@link #ratios()}); {@link #encoded()}
 * converts them back before any other use.
 */
public final class MessageState {
    /** Inputs per hidden unit. */
    public final int n;
    /** Hidden units. */
    public final int k;
    /** Patterns. */
    public final int m;
    /** Weights, N K. */
    public final int nw;
    /** Pattern signs, pattern-major (M N). */
    public final byte[] xi;
    /** Labels (M). */
    public final byte[] sigma;
    /** The message encoding. */
    public final MessageAlgebra alg;
    /** Input-layer messages, pattern-major (M N K): theta factor of (mu, unit h) -> weight (h, i). */
    public final double[] u;
    /** Beliefs of the weights (N K). */
    public final double[] total;
    /** External fields (prior exp(g W)), encoded (N K). */
    public final double[] ext;
    /** Committee symmetry-breaking prior fields, fixed for the run (zero for K = 1). */
    public final double[] prior;
    /** Focusing messages (N K). */
    public final double[] foc;
    /** Committee: tau_k magnetizations theta factor -> output node (M K). */
    public final double[] tauUp;
    /** Committee: encoded messages output node -> tau_k (M K). */
    public final double[] tauDown;
    /** Whether {@link #u} holds the ratios e^{2u} instead of the algebra's encoding. */
    private boolean ratios;

    /** Allocates the state of an instance (all messages neutral). */
    public MessageState(Instance instance, MessageAlgebra alg) {
        this.alg = alg;
        this.n = instance.n();
        this.k = instance.k();
        this.m = instance.m();
        this.nw = n * k;
        xi = new byte[m * n];
        for (int mu = 0; mu < m; mu++) {
            byte[] r = instance.patterns().row(mu);
            System.arraycopy(r, 0, xi, mu * n, n);
        }
        sigma = instance.labels().clone();
        u = new double[m * nw];
        total = new double[nw];
        ext = new double[nw];
        prior = new double[nw];
        foc = new double[nw];
        tauUp = new double[m * k];
        tauDown = new double[m * k];
    }

    /**
     * Initial input-layer messages uniform in +-range (as magnetizations) from {@code init}, in one pass with the
     * beliefs ({@link #recomputeTotals()}'s sums) and, with {@code toRatios}, the ratios the field kernel sweeps
     * with ({@link #ratio} of each field, exactly as at its first sweep).
     */
    public void initialise(SplittableRandom init, double range, boolean toRatios) {
        for (int j = 0; j < nw; j++) {
            total[j] = alg.combine(alg.combine(ext[j], prior[j]), foc[j]);
        }
        for (int mu = 0; mu < m; mu++) {
            int base = mu * nw;
            for (int j = 0; j < nw; j++) {
                double v = alg.fromMagnetization(range == 0 ? 0.0 : (2 * init.nextDouble() - 1) * range);
                total[j] = alg.combine(total[j], v);
                u[base + j] = toRatios ? ratio(v) : v;
            }
        }
        ratios = toRatios;
    }

    /** Draws the fixed committee prior fields uniformly in +-strength from {@code init} and updates the beliefs. */
    public void drawPrior(SplittableRandom init, double strength) {
        for (int j = 0; j < nw; j++) {
            prior[j] = alg.fromField(strength * (2 * init.nextDouble() - 1));
        }
        recomputeTotals();
    }

    /** @return whether the input-layer messages currently hold ratios e^{2u} (field kernel sweeps) */
    public boolean ratios() {
        return ratios;
    }

    /** Makes {@link #u} hold the ratios e^{2u} of the field messages (no-op if it already does). */
    public void toRatios() {
        if (!ratios) {
            for (int j = 0; j < u.length; j++) {
                u[j] = ratio(u[j]);
            }
            ratios = true;
        }
    }

    /** Makes {@link #u} hold messages in the algebra's encoding again (after kernel sweeps). */
    public void encoded() {
        if (ratios) {
            for (int j = 0; j < u.length; j++) {
                u[j] = 0.5 * Math.log(u[j]);
            }
            ratios = false;
        }
    }

    /** @return the ratio e^{2u} of a field message u */
    public static double ratio(double u) {
        return Math.exp(2 * u);
    }

    /** Recomputes every belief from the stored messages (exact, e.g. after loading messages). */
    public void recomputeTotals() {
        encoded();
        for (int j = 0; j < nw; j++) {
            total[j] = alg.combine(alg.combine(ext[j], prior[j]), foc[j]);
        }
        for (int mu = 0; mu < m; mu++) {
            int base = mu * nw;
            for (int j = 0; j < nw; j++) {
                total[j] = alg.combine(total[j], u[base + j]);
            }
        }
    }

    /**
     * Sets the external field (prior exp(g_j W_j)) on every weight; beliefs are updated, messages kept.
     *
     * @param fields g_j (length N K, finite)
     */
    public void setExternalFields(double[] fields) {
        if (fields.length != nw) {
            throw new IllegalArgumentException("external fields have length " + fields.length + ", expected N K = " + nw);
        }
        for (int j = 0; j < nw; j++) {
            if (!Double.isFinite(fields[j])) {
                throw new IllegalArgumentException("external field " + j + " = " + fields[j] + " must be finite");
            }
            double e = alg.fromField(fields[j]);
            total[j] = alg.combine(alg.cavity(total[j], ext[j]), e);
            ext[j] = e;
        }
    }

    /**
     * Replaces the messages by saved ones (encoded by {@code from}) and recomputes the beliefs.
     *
     * @param input    input-layer messages (M N K)
     * @param focusing focusing messages (N K)
     * @param external external fields (N K)
     */
    public void load(MessageAlgebra from, double[] input, double[] focusing, double[] external) {
        encoded();
        for (int j = 0; j < u.length; j++) {
            u[j] = alg.fromField(from.toField(input[j]));
        }
        for (int j = 0; j < nw; j++) {
            foc[j] = alg.fromField(from.toField(focusing[j]));
            ext[j] = alg.fromField(from.toField(external[j]));
        }
        recomputeTotals();
    }

    /** @return the current belief (magnetization) of every weight, length N K */
    public double[] magnetizations() {
        double[] mm = new double[nw];
        for (int j = 0; j < nw; j++) {
            mm[j] = alg.toMagnetization(total[j]);
        }
        return mm;
    }

    /** @return sign of every belief (+1 on ties), length N K */
    public byte[] signs() {
        byte[] w = new byte[nw];
        for (int j = 0; j < nw; j++) {
            w[j] = (byte) (alg.toMagnetization(total[j]) >= 0 ? 1 : -1);
        }
        return w;
    }
}
