package org.robustensemble.simulation.bp.factor;

import org.robustensemble.simulation.bp.Representation;
import org.robustensemble.simulation.bp.message.ErrorFunctions;
import org.robustensemble.simulation.bp.message.FieldAlgebra;
import org.robustensemble.simulation.bp.message.MagnetizationAlgebra;
import org.robustensemble.simulation.bp.message.MessageAlgebra;

/**
 * The pattern-factor update of the binary perceptron (K = 1, Gaussian input factor), written out per
 * representation so that the hot loop has no interface calls and (for the precise representation) no
 * transcendental function per edge. It computes the same messages as {@link MessageAlgebra#erfMessageDamped}
 * with a label output, up to rounding (tested against the generic path, {@link PatternUpdate}, through {@link org.robustensemble.simulation.bp.BeliefPropagation}).
 *
 * <p><b>Field representation in ratio form.</b> During a sweep a field message u is stored as the ratio
 * rho = e^{2u} = (1 + m)/(1 - m) and the belief of weight i as A_i = e^{2 H_i}. A relative rounding error of a
 * ratio is an absolute error of half that size in the field, so this is exactly as precise as storing fields,
 * but every operation becomes rational: the cavity magnetization is tanh(H - u) = (A - rho)/(A + rho); the fresh
 * message is rho = erfc(x+)/erfc(x-); damping in magnetization space, m = lambda m_old + (1 - lambda) m_fresh,
 * becomes rho_new = [lambda rho_o (c+ + c-) + (1-lambda) c+ (rho_o + 1)] / [lambda (c+ + c-) + (1-lambda) c- (rho_o + 1)]
 * with c+- = erfc(x+-) (homogeneous in c+-, so deep tails may be rescaled by a common factor); the belief is
 * updated as A <- A rho_new / rho_old. Messages are clamped to |u| <= {@link FieldAlgebra#CLAMP}, i.e. rho in
 * [e^-60, e^60]. Beliefs with |H| > {@value #H_ENTER} leave the ratio form (A would overflow): their field H is
 * kept as a field (one logarithm per update) and A holds a sentinel (1e300 or 1e-300) for which the cavity
 * formula gives exactly +-1, which is tanh(H - u) to double precision since |H - u| >= 70; they return to the
 * ratio form below |H| = {@value #H_LEAVE}. The message array ({@link org.robustensemble.simulation.bp.state.MessageState#u}) holds the ratios
 * while the kernel owns it; beliefs are converted to fields at the end of every sweep.
 *
 * <p><b>Magnetization representation</b>: the rational arithmetic of {@link MagnetizationAlgebra}, inlined.
 *
 * <p>Both kernels evaluate erfc from the direct table of {@link ErrorFunctions#erfcTable} (no exponential) for
 * moderate arguments; pattern signs are folded with the label into -sigma xi_i (bytes).
 */
public final class PerceptronKernel {
    static final double H_ENTER = 120.0;
    static final double H_LEAVE = 100.0;
    private static final double H_START = 110.0;
    private static final double A_MAX = Math.exp(2 * H_ENTER);
    private static final double A_MIN = Math.exp(-2 * H_ENTER);
    private static final double SENT_POS = 1e300;
    private static final double SENT_NEG = 1e-300;
    static final double RHO_MAX = Math.exp(2 * FieldAlgebra.CLAMP);
    static final double RHO_MIN = Math.exp(-2 * FieldAlgebra.CLAMP);
    private static final double S2_FLOOR = 1e-12;
    private static final double INV_SQRT2 = 1.0 / Math.sqrt(2.0);
    private static final double EMAX = ErrorFunctions.ERFC_MAX;
    private static final double MAG_MAX = 1 - MagnetizationAlgebra.EPS;

    private final int n;
    /** Fixed split of the edges of a pattern into [0, split) and [split, n): sums are always reduced over the two
     * halves separately and added low + high, so the one- and two-thread sweeps give the same bits. */
    private final int split;
    private final boolean field;
    /** -sigma^mu xi_i^mu, pattern-major. */
    private final byte[] xs;
    /** Field representation: A_i = e^{2 H_i} or a sentinel (valid during a sweep). */
    private final double[] a;

    /**
     * @param xi    pattern signs, pattern-major (M N)
     * @param sigma labels (M)
     * @param rep   the representation of the messages
     */
    public PerceptronKernel(int n, int m, byte[] xi, byte[] sigma, Representation rep) {
        this.n = n;
        this.split = (n / 2) & ~3;
        this.field = rep == Representation.FIELD;
        xs = new byte[m * n];
        for (int mu = 0; mu < m; mu++) {
            int s = -sigma[mu];
            for (int i = 0; i < n; i++) {
                xs[mu * n + i] = (byte) (s * xi[mu * n + i]);
            }
        }
        a = field ? new double[n] : new double[0];
    }

    /** @return whether messages are kept as ratios (field representation) */
    public boolean ratioMessages() {
        return field;
    }

    /** Start of a sweep (field representation): beliefs H to A = e^{2H} (or a sentinel). */
    public void beginSweep(double[] total) {
        if (!field) {
            return;
        }
        for (int i = 0; i < n; i++) {
            double h = total[i];
            a[i] = Math.abs(h) <= H_START ? Math.exp(2 * h) : (h > 0 ? SENT_POS : SENT_NEG);
        }
    }

    /** End of a sweep (field representation): A back to fields H (sentinel weights already hold H). */
    public void endSweep(double[] total) {
        if (!field) {
            return;
        }
        for (int i = 0; i < n; i++) {
            double x = a[i];
            if (x >= A_MIN && x <= A_MAX) {
                total[i] = 0.5 * Math.log(x);
            }
        }
    }

    /** Per-thread scratch space of the kernel (length n each). */
    public static final class Scratch {
        final double[] ro;
        final double[] mg;
        final double[] xd;
        final double[] p;
        final double[] q;
        final double[] d2;
        final double[] an;
        /** Partial sums of the last {@link PerceptronKernel#sums} call: mean and variance parts. */
        double s;
        double v;

        /** Scratch for N inputs. */
        public Scratch(int n) {
            ro = new double[n];
            mg = new double[n];
            xd = new double[n];
            p = new double[n];
            q = new double[n];
            d2 = new double[n];
            an = new double[n];
        }
    }

    /**
     * Updates the messages of pattern mu. With {@code apply} the beliefs are updated at once; otherwise the old
     * messages are saved at {@code old[oldOff..]} for a block reduction ({@link #reduce}): in the field
     * representation as the belief factors rn / ro of the new messages, otherwise as the old messages.
     *
     * <p>The edge loop is split into short stages (cavities; sums; Gaussian arguments; erfc pairs; new messages;
     * checks and stores), each over scratch rows indexed alike, with results written to other arrays than the
     * inputs: one fused loop is bound by the latency of its long dependency chain (square root, divisions,
     * polynomial), while the short straight-line stages keep many edges in flight and the compiler vectorises
     * those without branches (their divisions and square roots in particular).
     *
     * @param u      messages (ratios in the field representation, magnetizations otherwise)
     * @param total  beliefs (field representation: fields of the sentinel weights; magnetizations otherwise)
     * @return the largest change of a message as a magnetization (NaN if a message is NaN)
     */
    public double update(int mu, double[] u, double[] total, double lambda, Scratch w, boolean apply, double[] old, int oldOff) {
        front(mu, u, total, w, 0, n);
        sums(mu, w, 0, split);
        double s = w.s;
        double v = w.v;
        sums(mu, w, split, n);
        return back(mu, u, total, lambda, w, apply, old, oldOff, s + w.s, v + w.v, 0, n);
    }

    /** @return the edge index where the two halves of a pattern update meet */
    int split() {
        return split;
    }

    /** Stage 1 of the update of pattern mu on edges [lo, hi): the old messages and the cavity magnetizations. */
    void front(int mu, double[] u, double[] total, Scratch w, int lo, int hi) {
        System.arraycopy(u, mu * n + lo, w.ro, lo, hi - lo);
        if (field) {
            fieldCavities(w.ro, w.mg, lo, hi);
        } else {
            magnetizationCavities(total, w.ro, w.mg, lo, hi);
        }
    }

    /**
     * Stage 3 on edges [lo, hi), given the full sums: the new messages, stored, and the beliefs (or, without
     * {@code apply}, the block's saved factors).
     *
     * @return the largest change of a message as a magnetization (NaN if a message is NaN)
     */
    double back(int mu, double[] u, double[] total, double lambda, Scratch w, boolean apply, double[] old, int oldOff,
            double ss, double v, int lo, int hi) {
        final int off = mu * n;
        arguments(ss, v, w.mg, w.xd, w.p, w.q, lo, hi);
        if (field) {
            erfcPairs(w.p, w.q, lo, hi);
            fieldRatios(lambda, w, lo, hi);
            return fieldStore(off, u, total, w, apply, old, oldOff, lo, hi);
        }
        return magnetizationMessages(off, u, total, lambda, w, apply, old, oldOff, lo, hi);
    }

    /** Cavity magnetizations tanh(H - u) = (A - rho) / (A + rho). */
    private void fieldCavities(double[] ro, double[] mg, int lo, int hi) {
        final double[] aa = a;
        for (int i = lo; i < hi; i++) {
            double ai = aa[i];
            double r = ro[i];
            mg[i] = (ai - r) / (ai + r);
        }
    }

    private void magnetizationCavities(double[] total, double[] ro, double[] mg, int lo, int hi) {
        for (int i = lo; i < hi; i++) {
            mg[i] = cavity(total[i], ro[i]);
        }
    }

    /**
     * Stage 2 of the update of pattern mu on edges [lo, hi): the partial signed mean sum_i (-sigma xi_i) m_i and
     * variance sum_i (1 - m_i^2) of the pre-activation into {@code w.s}, {@code w.v} (the full sums are always
     * (low half) + (high half) of {@link #split}), each with four partial sums (the additions of one sum would
     * otherwise wait for each other); the signs as doubles in xd.
     */
    void sums(int mu, Scratch w, int lo, int hi) {
        final int off = mu * n;
        final byte[] x = xs;
        final double[] mg = w.mg;
        final double[] xd = w.xd;
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double v0 = 0;
        double v1 = 0;
        double v2 = 0;
        double v3 = 0;
        int i = lo;
        for (; i + 3 < hi; i += 4) {
            double x0 = x[off + i];
            double x1 = x[off + i + 1];
            double x2 = x[off + i + 2];
            double x3 = x[off + i + 3];
            double m0 = mg[i];
            double m1 = mg[i + 1];
            double m2 = mg[i + 2];
            double m3 = mg[i + 3];
            xd[i] = x0;
            xd[i + 1] = x1;
            xd[i + 2] = x2;
            xd[i + 3] = x3;
            s0 += x0 * m0;
            s1 += x1 * m1;
            s2 += x2 * m2;
            s3 += x3 * m3;
            v0 += 1 - m0 * m0;
            v1 += 1 - m1 * m1;
            v2 += 1 - m2 * m2;
            v3 += 1 - m3 * m3;
        }
        for (; i < hi; i++) {
            double xi = x[off + i];
            double m = mg[i];
            xd[i] = xi;
            s0 += xi * m;
            v0 += 1 - m * m;
        }
        w.s = (s0 + s1) + (s2 + s3);
        w.v = (v0 + v1) + (v2 + v3);
    }

    /**
     * The scaled erfc arguments x+- = (ss + xi (1 -+ m)) / sqrt(2 s2bar) of each edge, s2bar = v - (1 - m^2)
     * floored at {@value #S2_FLOOR} (the floor cannot act when v > 1 + floor, the common case).
     */
    private void arguments(double ss, double v, double[] mg, double[] xd, double[] p, double[] q, int lo, int hi) {
        if (v - 1 > S2_FLOOR) {
            for (int i = lo; i < hi; i++) {
                double m = mg[i];
                double xi = xd[i];
                double scale = INV_SQRT2 / Math.sqrt(v - (1 - m * m));
                p[i] = (ss + xi * (1 - m)) * scale;
                q[i] = (ss - xi * (1 + m)) * scale;
            }
        } else {
            for (int i = lo; i < hi; i++) {
                double m = mg[i];
                double xi = xd[i];
                double scale = INV_SQRT2 / Math.sqrt(Math.max(v - (1 - m * m), S2_FLOOR));
                p[i] = (ss + xi * (1 - m)) * scale;
                q[i] = (ss - xi * (1 + m)) * scale;
            }
        }
    }

    /** erfc(x+), erfc(x-) in place, up to a common factor in the deep tail (see {@link #tailHigh}). */
    private void erfcPairs(double[] p, double[] q, int lo, int hi) {
        for (int i = lo; i < hi; i++) {
            double xp = p[i];
            double xm = q[i];
            if (Math.abs(xp) < EMAX && Math.abs(xm) < EMAX) {
                p[i] = ErrorFunctions.erfcTable(xp);
                q[i] = ErrorFunctions.erfcTable(xm);
            } else if (xp < EMAX && xm < EMAX) {
                p[i] = ErrorFunctions.erfcFast(xp);
                q[i] = ErrorFunctions.erfcFast(xm);
            } else if (xp >= xm) {
                p[i] = tailHigh(xp, xm);
                q[i] = tailLow(xm);
            } else {
                p[i] = tailLow(xp);
                q[i] = tailHigh(xm, xp);
            }
        }
    }

    /**
     * Belief factors rn / ro (into xd) of the damped new ratios rn = num / den (one division gives both: rn / ro =
     * num / (den ro) and rn = (rn / ro) ro), the new beliefs A rn / ro (into an) and the squared half changes of
     * the magnetization ((rn - ro) / ((rn + 1)(ro + 1)))^2 (into d2). One result per loop: the compiler
     * vectorises these loops (divisions included) only then.
     */
    private void fieldRatios(double lambda, Scratch w, int lo, int hi) {
        final double[] p = w.p;
        final double[] q = w.q;
        final double[] rr = w.ro;
        final double[] step = w.xd;
        final double l1 = 1 - lambda;
        for (int i = lo; i < hi; i++) {
            double cp = p[i];
            double cm = q[i];
            double ro = rr[i];
            double cs = cp + cm;
            double ro1 = ro + 1;
            double num = lambda * ro * cs + l1 * cp * ro1;
            double den = lambda * cs + l1 * cm * ro1;
            step[i] = num / (den * ro);
        }
        final double[] aa = a;
        final double[] an = w.an;
        for (int i = lo; i < hi; i++) {
            an[i] = aa[i] * step[i];
        }
        final double[] d2 = w.d2;
        for (int i = lo; i < hi; i++) {
            double ro = rr[i];
            double rn = step[i] * ro;
            double t = (rn - ro) / ((rn + 1) * (ro + 1));
            d2[i] = t * t;
        }
    }

    /**
     * Clamps and stores the new messages, updates the beliefs (or saves the old messages for a block), and
     * returns the largest change of a message as a magnetization.
     */
    private double fieldStore(int off, double[] u, double[] total, Scratch w, boolean apply, double[] old, int oldOff,
            int lo, int hi) {
        final double[] rr = w.ro;
        final double[] stepIn = w.xd;
        final double[] d2 = w.d2;
        final double[] an = w.an;
        final double[] aa = a;
        double max2 = 0;
        boolean nan = false;
        for (int i = lo; i < hi; i++) {
            double ro = rr[i];
            double step = stepIn[i];
            double rn = step * ro;
            double d = d2[i];
            double ai = an[i];
            if (!(rn >= RHO_MIN && rn <= RHO_MAX)) {
                // clamp to |u| <= CLAMP (an infinite rn comes from a vanishing denominator: clamped as well)
                if (rn != rn) {
                    nan = true;
                }
                rn = rn > RHO_MAX ? RHO_MAX : (rn < RHO_MIN ? RHO_MIN : rn);
                step = rn / ro;
                double t = (rn - ro) / ((rn + 1) * (ro + 1));
                d = t * t;
                ai = aa[i] * step;
            }
            if (d > max2) {
                max2 = d;
            }
            u[off + i] = rn;
            if (apply) {
                aa[i] = ai >= A_MIN && ai <= A_MAX ? ai : advance(i, aa[i], step, total);
            } else {
                old[oldOff + i] = step;
            }
        }
        return nan ? Double.NaN : 2 * Math.sqrt(max2);
    }

    /**
     * erfc of the larger argument hi >= {@link ErrorFunctions#ERFC_MAX}, scaled by e^{lo^2} when lo >= 0
     * (the partner {@link #tailLow} is scaled alike): erfcx(hi) e^{-(hi - lo)(hi + lo)}.
     */
    private static double tailHigh(double hi, double lo) {
        if (lo >= 0) {
            return ErrorFunctions.erfcxPositive(hi) * Math.exp(-(hi - lo) * (hi + lo));
        }
        return ErrorFunctions.erfcxPositive(hi) * Math.exp(-hi * hi);
    }

    /** erfc of the smaller argument, scaled by e^{lo^2} when lo >= 0 (see {@link #tailHigh}). */
    private static double tailLow(double lo) {
        return lo >= 0 ? ErrorFunctions.erfcxPositive(lo) : ErrorFunctions.erfcFast(lo);
    }

    /**
     * Belief of weight i (A or a sentinel) after one of its messages changed by the factor {@code step} = rn / ro
     * (field representation).
     */
    private static double advance(int i, double ai, double step, double[] total) {
        double an = ai * step;
        if (an >= A_MIN && an <= A_MAX) {
            return an;
        }
        double h;
        if (ai >= A_MIN && ai <= A_MAX) {
            h = 0.5 * Math.log(an);
        } else {
            h = total[i] + 0.5 * Math.log(step);
        }
        total[i] = h;
        if (Math.abs(h) < H_LEAVE) {
            return Math.exp(2 * h);
        }
        return h > 0 ? SENT_POS : SENT_NEG;
    }

    /** Block reduction of weights [ja, jz): apply the messages of the patterns perm[start..end). */
    public void reduce(int[] perm, int start, int end, int ja, int jz, double[] u, double[] total, double[] old) {
        for (int j = ja; j < jz; j++) {
            if (field) {
                double x = a[j];
                for (int p = start; p < end; p++) {
                    x = advance(j, x, old[(p - start) * n + j], total);
                }
                a[j] = x;
            } else {
                double t = total[j];
                for (int p = start; p < end; p++) {
                    t = combine(cavity(t, old[(p - start) * n + j]), u[perm[p] * n + j]);
                }
                total[j] = t;
            }
        }
    }

    /**
     * Magnetization representation: fresh messages (c+ - c-) / (c+ + c-) (scale-invariant, so the rescaled tail
     * pairs of {@link #erfcPairs} serve as well), damping, clamping, changes and beliefs.
     */
    private double magnetizationMessages(int off, double[] u, double[] total, double lambda, Scratch w,
                                         boolean apply, double[] old, int oldOff, int lo, int hi) {
        final double[] p = w.p;
        final double[] q = w.q;
        erfcPairs(p, q, lo, hi);
        final double[] fr = w.xd;
        for (int i = lo; i < hi; i++) {
            double cp = p[i];
            double cm = q[i];
            fr[i] = (cp - cm) / (cp + cm);
        }
        final double[] rr = w.ro;
        final double[] mg = w.mg;
        final double l1 = 1 - lambda;
        double maxd = 0;
        boolean nan = false;
        for (int i = lo; i < hi; i++) {
            double fresh = clampMag(fr[i]);
            double o = rr[i];
            double nu = lambda == 0 ? fresh : clampMag(lambda * o + l1 * fresh);
            double d = Math.abs(nu - o);
            if (d > maxd) {
                maxd = d;
            }
            if (nu != nu) {
                nan = true;
            }
            u[off + i] = nu;
            if (apply) {
                total[i] = combine(mg[i], nu);
            } else {
                old[oldOff + i] = o;
            }
        }
        return nan ? Double.NaN : maxd;
    }

    private static double clampMag(double m) {
        return m > MAG_MAX ? MAG_MAX : (m < -MAG_MAX ? -MAG_MAX : m);
    }

    private static double cavity(double t, double p) {
        double den = 1 - t * p;
        if (den <= 0) {
            return 0.0;
        }
        return clampMag((t - p) / den);
    }

    private static double combine(double a, double b) {
        return clampMag((a + b) / (1 + a * b));
    }
}
