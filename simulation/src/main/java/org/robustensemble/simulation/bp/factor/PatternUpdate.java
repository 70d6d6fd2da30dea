package org.robustensemble.simulation.bp.factor;

import org.robustensemble.simulation.bp.message.MessageAlgebra;
import org.robustensemble.simulation.bp.state.MessageState;

/**
 * The generic update of one pattern's factors through {@link MessageAlgebra} (docs/theory.md 4.3), for the perceptron
 * and the committee machine: cavity magnetizations of the weights, per hidden unit the Gaussian (or, for tests,
 * exact) input factor's tau message, for K > 1 the exact {@link OutputNode}, then the input-layer messages to
 * every weight. The perceptron's fast path ({@link PerceptronKernel}) computes the same messages for K = 1.
 */
public final class PatternUpdate {
    private final MessageState st;
    private final ExactInputFactor exact;

    /** Per-thread scratch space. */
    public static final class Scratch {
        final double[] cav;
        final double[] mag;
        final double[] mu;
        final double[] s2;
        final double[] hout;
        final double[] mt;

        /** Scratch for N inputs and K hidden units. */
        public Scratch(int n, int k) {
            cav = new double[n * k];
            mag = new double[n * k];
            mu = new double[k];
            s2 = new double[k];
            hout = new double[k];
            mt = new double[k];
        }

        /** @return cavity magnetizations of the last pattern (N K) */
        public double[] magnetizations() {
            return mag;
        }

        /** @return the pre-activation means of the last pattern (K) */
        public double[] means() {
            return mu;
        }

        /** @return the pre-activation variances of the last pattern (K) */
        public double[] variances() {
            return s2;
        }

        /** @return tau magnetizations (K) */
        public double[] taus() {
            return mt;
        }

        /** @return output-node fields (K) */
        public double[] outputs() {
            return hout;
        }
    }

    /**
     * @param st         the state updated in place
     * @param exactInput exact (convolution) input factor instead of the Gaussian one
     */
    public PatternUpdate(MessageState st, boolean exactInput) {
        this.st = st;
        this.exact = exactInput ? new ExactInputFactor(st.n, st.xi) : null;
    }

    /** @return the exact input factor, or null with the Gaussian one */
    public ExactInputFactor exactInput() {
        return exact;
    }

    /**
     * Updates every message of pattern mu. With {@code apply} the beliefs are updated at once; otherwise the old
     * messages are saved at {@code oldBlock[oldOff..]} for the block reduction.
     *
     * @return the largest change of a message as a magnetization (NaN if a message is NaN)
     */
    public double update(int mu, Scratch w, double lambda, boolean apply, double[] oldBlock, int oldOff) {
        final MessageAlgebra a = st.alg;
        final int n = st.n;
        final int k = st.k;
        final byte[] xi = st.xi;
        final double[] u = st.u;
        final double[] total = st.total;
        final int xoff = mu * n;
        final int base = mu * st.nw;
        for (int h = 0; h < k; h++) {
            int tb = h * n;
            double s = 0;
            double v = 0;
            for (int i = 0; i < n; i++) {
                double c = a.cavity(total[tb + i], u[base + tb + i]);
                w.cav[tb + i] = c;
                double mg = a.toMagnetization(c);
                w.mag[tb + i] = mg;
                s += xi[xoff + i] * mg;
                v += 1 - mg * mg;
            }
            w.mu[h] = s;
            w.s2[h] = v;
        }
        if (k == 1) {
            w.hout[0] = a.certain(st.sigma[mu]);
        } else {
            for (int h = 0; h < k; h++) {
                double mt = exact != null ? exact.tau(w.mag, h * n, xoff) : GaussianInputFactor.tau(w.mu[h], w.s2[h]);
                w.mt[h] = mt;
                st.tauUp[mu * k + h] = mt;
            }
            OutputNode.outputFields(w.mt, k, st.sigma[mu], w.hout);
            for (int h = 0; h < k; h++) {
                double g = a.fromField(w.hout[h]);
                w.hout[h] = g;
                st.tauDown[mu * k + h] = g;
            }
        }
        double maxd = 0;
        for (int h = 0; h < k; h++) {
            int tb = h * n;
            double hout = w.hout[h];
            double s = w.mu[h];
            double v = w.s2[h];
            for (int i = 0; i < n; i++) {
                double mg = w.mag[tb + i];
                double x = xi[xoff + i];
                int idx = base + tb + i;
                double old = u[idx];
                double nu;
                if (exact != null) {
                    nu = a.fromField(exact.message(w.mag, tb, xoff, i, a.toField(hout)));
                    if (lambda != 0) {
                        nu = a.damp(old, nu, lambda);
                    }
                } else {
                    nu = GaussianInputFactor.message(a, s, v, mg, x, hout, old, lambda);
                }
                double dd = Math.abs(nu - old);
                if (dd > maxd) {
                    dd = a.distance(nu, old);
                    if (dd > maxd) {
                        maxd = dd;
                    }
                }
                if (Double.isNaN(nu)) {
                    maxd = Double.NaN;
                }
                u[idx] = nu;
                if (apply) {
                    total[tb + i] = a.combine(w.cav[tb + i], nu);
                } else {
                    oldBlock[oldOff + tb + i] = old;
                }
            }
        }
        return maxd;
    }

    /** Block reduction of the generic path: beliefs of weights [ja, jz) after the patterns perm[start..end). */
    public void reduce(int[] perm, int start, int end, int ja, int jz, double[] oldBlock) {
        MessageAlgebra alg = st.alg;
        double[] total = st.total;
        double[] u = st.u;
        int nw = st.nw;
        for (int j = ja; j < jz; j++) {
            double t = total[j];
            for (int p = start; p < end; p++) {
                int mu = perm[p];
                t = alg.combine(alg.cavity(t, oldBlock[(p - start) * nw + j]), u[mu * nw + j]);
            }
            total[j] = t;
        }
    }
}
