package org.robustensemble.analytic.model;

import static org.robustensemble.analytic.gauss.GaussianFunctions.gOverH;

/**
 * Stationary points of the two inner problems of the robust ensemble, found by safeguarded Newton iterations
 * whose monotone convergence follows from convexity (no starting-point guesswork):
 * <ul>
 * <li>entropic: h = A + K tanh(h), from maximising y ln 2cosh(A + b z) - z^2/2 (K = y b^2, h = A + b z), or
 * ln 2cosh(A + sqrt(Dh) x) - x^2/2 at y = infinity (K = Dh, h = A + Dh tanh h);</li>
 * <li>energetic: w = w0 + k R(w) with R(w) = G(w)/H(-w), from maximising y ln H(-(a + b z)/c) - z^2/2
 * (w = (a + b z)/c, w0 = a/c, k = y b^2/c^2), or its y = infinity analogue (k = delta/c^2).</li>
 * </ul>
 */
public final class InnerMaxima {
    private static final int MAX_IT = 200;

    private InnerMaxima() {
    }

    /**
     * The root of h = A + K tanh h of the same sign as A with the largest modulus: the global maximiser of
     * ln 2cosh(h) - (h - A)^2/(2K) (for A = 0, the positive one).
     */
    public static double tanhOuterRoot(double a, double k) {
        if (a < 0) {
            return -tanhOuterRoot(-a, k);
        }
        if (k == 0) {
            return a;
        }
        // f(h) = h - a - k tanh h is convex on h >= 0, f(a) <= 0 < f(a + k): Newton from the right is monotone.
        double h = a + k * Math.tanh(a + k);
        for (int it = 0; it < MAX_IT; it++) {
            double t = Math.tanh(h);
            double f = h - a - k * t;
            double df = 1 - k * (1 - t * t);
            if (f <= 0 || df <= 0) {
                return h; // reached the root to rounding (or its double-root limit at the bifurcation)
            }
            double hn = h - f / df;
            if (hn >= h || Math.abs(hn - h) <= 1e-15 * Math.max(1.0, Math.abs(h))) {
                return Math.min(h, hn);
            }
            h = Math.max(hn, a);
        }
        throw new ArithmeticException("tanh fixed point did not converge: A=" + a + ", K=" + k);
    }

    /**
     * The other local maximiser, of the opposite sign to A, if it exists (K &gt; 1 and |A| small enough);
     * otherwise NaN.
     */
    public static double tanhInnerRoot(double a, double k) {
        if (a < 0) {
            return -tanhInnerRoot(-a, k);
        }
        if (k <= 1) {
            return Double.NaN;
        }
        double hc = acosh(Math.sqrt(k)); // f'(±hc) = 0
        double fAtMinusHc = -hc - a + k * Math.tanh(hc);
        if (fAtMinusHc < 0) {
            return Double.NaN;
        }
        // on h <= 0, f is concave and increasing up to -hc; f(a - k) <= 0: Newton from the left is monotone.
        double h = a - k;
        for (int it = 0; it < MAX_IT; it++) {
            double t = Math.tanh(h);
            double f = h - a - k * t;
            double df = 1 - k * (1 - t * t);
            if (f >= 0 || df <= 0) {
                return h;
            }
            double hn = h - f / df;
            if (hn <= h || Math.abs(hn - h) <= 1e-15 * Math.max(1.0, Math.abs(h))) {
                return Math.max(h, hn);
            }
            h = Math.min(hn, -hc);
        }
        throw new ArithmeticException("tanh inner fixed point did not converge: A=" + a + ", K=" + k);
    }

    /** R(w) = G(w)/H(-w), the derivative of ln H(-w). */
    public static double mills(double w) {
        return gOverH(-w);
    }

    /** The unique root of w = w0 + k R(w), k &gt;= 0 (f increasing and concave: Newton from w0 is monotone). */
    public static double millsRoot(double w0, double k) {
        if (k == 0) {
            return w0;
        }
        double w = w0;
        for (int it = 0; it < MAX_IT; it++) {
            double r = mills(w);
            double f = w - w0 - k * r;
            double df = 1 + k * r * (w + r);
            if (f >= 0) {
                return w;
            }
            double wn = w - f / df;
            if (Math.abs(wn - w) <= 1e-15 * Math.max(1.0, Math.abs(w))) {
                return wn;
            }
            w = wn;
        }
        throw new ArithmeticException("Mills fixed point did not converge: w0=" + w0 + ", k=" + k);
    }

    /**
     * The local maxima in w of ln H_beta(-w) - (w - w0)^2/(2k) at finite beta (the energetic inner problem of
     * the robust ensemble with a temperature; docs/theory.md 3.5): the stationary points solve g(w) = w0 with
     * g(w) = w - k R_beta(w), R_beta(w) = (1 - e^-beta) G(w)/H_beta(-w). Unlike the beta = infinity case
     * ({@link #millsRoot}), ln H_beta is not concave (it flattens at -beta for w -&gt; -infinity), so g need not be
     * monotone and there can be two maxima: one near w0 (the pattern violated, cost beta) and one on the H branch.
     * This object finds, once per k, the critical points of g (sign changes of g'(w) = 1 + k R (w + R), using
     * R' = -R (w + R), on a fine grid refined by bisection); the maxima for any w0 are then the roots of
     * g(w) = w0 on the pieces where g increases, all inside [w0, millsRoot(w0, k)] (because 0 &lt;= R_beta &lt;= R).
     * At most two maxima occur (the Newton-bracket construction checks it); {@link #jump} is the w0 where the
     * global maximum switches between them (the y = infinity integrand jumps there).
     */
    public static final class EnergeticMaxima {
        private final PatternFactor factor;
        private final double k;
        private final double[] crit;
        private final double[] ratio = new double[1];

        public EnergeticMaxima(PatternFactor factor, double k) {
            if (!(k >= 0) || Double.isInfinite(k)) {
                throw new ArithmeticException("energetic curvature k = " + k + " must be finite and >= 0");
            }
            this.factor = factor;
            this.k = k;
            this.crit = factor.zeroTemperature() || k == 0 ? new double[0] : criticalPoints();
            if (crit.length != 0 && crit.length != 2) {
                throw new ArithmeticException("unexpected shape of the finite-beta energetic term: " + crit.length
                        + " critical points at k=" + k + ", " + factor);
            }
        }

        public double k() {
            return k;
        }

        double r(double w) {
            factor.lnHWithRatio(-w, ratio);
            return ratio[0];
        }

        double g(double w) {
            return w - k * r(w);
        }

        private double dg(double w) {
            double rr = r(w);
            return 1 + k * rr * (w + rr);
        }

        /** The objective ln H_beta(-w) - (w - w0)^2/(2k). */
        double value(double w, double w0) {
            return factor.lnH(-w) - (w - w0) * (w - w0) / (2 * k);
        }

        private double[] criticalPoints() {
            // g' < 0 needs w + R < 0 (so w < 0) and R(w) |w| of order 1/k: R_beta(w) ~ G(w) e^beta below the kink
            double lo = -Math.sqrt(2 * (Math.min(factor.beta(), 800) + Math.max(0, Math.log(k)) + 40)) - 1;
            return signChanges(this::dg, lo, 0, 0.02);
        }

        /**
         * @param w0  the centre
         * @param out receives the maximisers in increasing order (room for two)
         * @return how many local maxima there are (1 or 2)
         */
        public int maxima(double w0, double[] out) {
            if (k == 0) {
                out[0] = w0;
                return 1;
            }
            double upper = millsRoot(w0, k);
            if (crit.length == 0) {
                out[0] = root(w0, w0, upper);
                return 1;
            }
            int n = 0;
            // increasing pieces: (-inf, c1] and [c2, inf)
            if (crit[0] >= w0) {
                double hi = Math.min(crit[0], upper);
                if (g(hi) >= w0) {
                    out[n++] = root(w0, w0, hi);
                }
            }
            if (crit[1] <= upper) {
                double lo = Math.max(crit[1], w0);
                if (g(lo) <= w0) {
                    out[n++] = root(w0, lo, upper);
                }
            }
            if (n == 0) {
                throw new ArithmeticException("no maximum of the finite-beta energetic term at w0=" + w0 + ", k=" + k);
            }
            return n;
        }

        /** The global maximiser for the centre w0. */
        double globalMax(double w0, double[] work) {
            int n = maxima(w0, work);
            if (n == 1 || value(work[0], w0) >= value(work[1], w0)) {
                return work[0];
            }
            return work[1];
        }

        /**
         * @return the centre w0 where both maxima are equally high (the global maximiser jumps up there as w0
         *         grows: the gap between them increases with w0 by the envelope theorem), or NaN if there is
         *         only ever one maximum
         */
        double jump() {
            if (crit.length == 0) {
                return Double.NaN;
            }
            double lo = g(crit[1]);
            double hi = g(crit[0]);
            double[] w = new double[2];
            for (int it = 0; it < 200 && hi - lo > 1e-14 * Math.max(1, Math.abs(lo)); it++) {
                double mid = 0.5 * (lo + hi);
                int n = maxima(mid, w);
                double gap = n == 2 ? value(w[1], mid) - value(w[0], mid) : 0;
                if (n < 2) {
                    break; // at the edge of the coexistence interval (rounding): take the midpoint
                }
                if (gap < 0) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            return 0.5 * (lo + hi);
        }

        /** Root of g(w) = w0 on [lo, hi] where g increases. */
        private double root(double w0, double lo, double hi) {
            return increasingRoot((w, slope) -> {
                double rr = r(w);
                slope[0] = 1 + k * rr * (w + rr);
                return w - k * rr - w0;
            }, lo, hi, "finite-beta energetic root at w0=" + w0 + ", k=" + k);
        }
    }

    /** A function with its slope: returns f(w) and leaves f'(w) in {@code slope[0]}. */
    interface WithSlope {
        double value(double w, double[] slope);
    }

    /**
     * The root of an increasing function on [lo, hi] (f(lo) &lt;= 0 &lt;= f(hi)): Newton steps kept inside the
     * shrinking bracket, bisection otherwise.
     */
    static double increasingRoot(WithSlope f, double lo, double hi, String what) {
        double[] slope = new double[1];
        double a = lo;
        double b = hi;
        double w = 0.5 * (a + b);
        for (int it = 0; it < 300; it++) {
            double v = f.value(w, slope);
            if (v == 0) {
                return w;
            }
            if (v < 0) {
                a = w;
            } else {
                b = w;
            }
            double wn = slope[0] > 0 ? w - v / slope[0] : Double.NaN;
            if (!(wn > a && wn < b)) {
                wn = 0.5 * (a + b);
            }
            if (Math.abs(wn - w) <= 1e-15 * Math.max(1.0, Math.abs(w)) || b - a <= 1e-15 * Math.max(1.0, Math.abs(a))) {
                return wn;
            }
            w = wn;
        }
        throw new ArithmeticException(what + " did not converge");
    }

    /**
     * The points of [lo, hi] where f changes sign, in increasing order: located on a grid of the given step and
     * refined by bisection to rounding (sign changes closer than a step can be missed in pairs).
     */
    static double[] signChanges(java.util.function.DoubleUnaryOperator f, double lo, double hi, double step) {
        int n = (int) Math.ceil((hi - lo) / step);
        if (n > 2_000_000) {
            throw new ArithmeticException("sign-change grid too large: [" + lo + ", " + hi + "] step " + step);
        }
        double[] found = new double[8];
        int m = 0;
        double xPrev = lo;
        double fPrev = f.applyAsDouble(lo);
        for (int i = 1; i <= n; i++) {
            double x = Math.min(hi, lo + i * step);
            double fx = f.applyAsDouble(x);
            if ((fx < 0) != (fPrev < 0)) {
                double a = xPrev;
                double b = x;
                boolean negA = fPrev < 0;
                for (int it = 0; it < 200 && b - a > 1e-15 * Math.max(1, Math.abs(a)); it++) {
                    double mid = 0.5 * (a + b);
                    if ((f.applyAsDouble(mid) < 0) == negA) {
                        a = mid;
                    } else {
                        b = mid;
                    }
                }
                if (m == found.length) {
                    found = java.util.Arrays.copyOf(found, 2 * m);
                }
                found[m++] = 0.5 * (a + b);
            }
            xPrev = x;
            fPrev = fx;
        }
        return java.util.Arrays.copyOf(found, m);
    }

    static double acosh(double x) {
        return Math.log(x + Math.sqrt(x * x - 1));
    }
}
