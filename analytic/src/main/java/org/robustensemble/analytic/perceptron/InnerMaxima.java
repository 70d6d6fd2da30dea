package org.robustensemble.analytic.perceptron;

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
final class InnerMaxima {
    private static final int MAX_IT = 200;

    private InnerMaxima() {
    }

    /**
     * The root of h = A + K tanh h of the same sign as A with the largest modulus: the global maximiser of
     * ln 2cosh(h) - (h - A)^2/(2K) (for A = 0, the positive one).
     */
    static double tanhOuterRoot(double a, double k) {
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
    static double tanhInnerRoot(double a, double k) {
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
    static double mills(double w) {
        return gOverH(-w);
    }

    /** The unique root of w = w0 + k R(w), k &gt;= 0 (f increasing and concave: Newton from w0 is monotone). */
    static double millsRoot(double w0, double k) {
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

    static double acosh(double x) {
        return Math.log(x + Math.sqrt(x * x - 1));
    }
}
