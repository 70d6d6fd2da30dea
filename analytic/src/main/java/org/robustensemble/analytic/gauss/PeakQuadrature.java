package org.robustensemble.analytic.gauss;

import java.util.Arrays;

/**
 * Log-space quadrature of int dz exp(g(z)) for sharply peaked, possibly bimodal integrands whose peaks move
 * with the parameters: the inner integrals [2cosh(.)]^y and H(.)^y of the robust ensemble at large y
 * (docs/theory.md 3.2). A fixed window such as [-12, 12] silently loses such peaks; this rule follows them.
 *
 * <p>The caller supplies the local maxima of g (it knows them from the stationarity condition of its
 * integrand). Maxima more than {@link #CUT} below the highest are dropped (their mass is below e^-40 relative).
 * The rule covers the interval between the outermost retained maxima, then marches outwards from each end until
 * g has fallen {@link #CUT} below the maximum. Panels are Gauss-Legendre with {@code order} points and a width of
 * {@code kappa} local standard deviations, sigma(z) = 1/sqrt(|g''(z)|) (capped at {@code kappa}: the Gaussian
 * factor never lets an integrand be wider than that), re-checked at the panel end so that a panel never spans a
 * region where the curvature grows. Halving {@code kappa} is the node-doubling convergence check.
 *
 * <p>Results are the nodes and their log-weights ln(w_i) + g(z_i), and ln Z = log-sum-exp of those: callers
 * compute tilted averages sum_i exp(lw_i - ln Z) f(z_i) without ever exponentiating a large number.
 * Not thread-safe (reuses its buffers); use one instance per thread.
 */
public final class PeakQuadrature {
    /** Log-mass below the maximum that is neglected. */
    public static final double CUT = 40.0;
    private static final int MAX_PANELS = 4000;

    private final double kappa;
    private final int order;
    private final double[] glx;
    private final double[] glw;
    private final double[] lnGlw;
    private final double[] d3 = new double[3];
    private double[] z = new double[512];
    private double[] lw = new double[512];
    private int n;
    private double logZ;
    private double gMax;

    /**
     * @param kappa panel width in local standard deviations (default 1; halve it to double the nodes)
     * @param order Gauss-Legendre points per panel (default 10)
     */
    public PeakQuadrature(double kappa, int order) {
        if (!(kappa > 0 && kappa <= 4)) {
            throw new IllegalArgumentException("kappa = " + kappa + " must be in (0, 4]");
        }
        this.kappa = kappa;
        this.order = order;
        double[][] gl = GaussianRule.legendre(order);
        this.glx = gl[0];
        this.glw = gl[1];
        this.lnGlw = new double[order];
        for (int j = 0; j < order; j++) {
            lnGlw[j] = Math.log(glw[j]);
        }
    }

    /**
     * Builds the nodes for g with the given local maxima.
     *
     * @param g      the log-integrand
     * @param modes  local maxima of g (any order; at least one)
     * @param nModes how many entries of {@code modes} are used
     * @return ln int exp(g)
     */
    public double integrate(LogIntegrand g, double[] modes, int nModes) {
        if (nModes < 1) {
            throw new IllegalArgumentException("at least one mode is required");
        }
        gMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < nModes; i++) {
            gMax = Math.max(gMax, g.value(modes[i]));
        }
        if (!Double.isFinite(gMax)) {
            throw new ArithmeticException("log-integrand is not finite at its maximum: " + gMax);
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < nModes; i++) {
            if (g.value(modes[i]) >= gMax - CUT) {
                lo = Math.min(lo, modes[i]);
                hi = Math.max(hi, modes[i]);
            }
        }
        n = 0;
        // between the outermost retained modes
        double a = lo;
        int panels = 0;
        while (a < hi) {
            double w = width(g, a, +1);
            double b = Math.min(hi, a + w);
            addPanel(g, a, b);
            a = b;
            if (++panels > MAX_PANELS) {
                throw new ArithmeticException("peak quadrature: too many panels between modes " + lo + " and " + hi);
            }
        }
        // right tail
        a = hi;
        while (true) {
            double w = width(g, a, +1);
            double b = a + w;
            addPanel(g, a, b);
            a = b;
            if (g.value(b) < gMax - CUT) {
                break;
            }
            if (++panels > MAX_PANELS) {
                throw new ArithmeticException("peak quadrature: right tail does not decay (at z = " + b + ")");
            }
        }
        // left tail
        a = lo;
        while (true) {
            double w = width(g, a, -1);
            double b = a - w;
            addPanel(g, b, a);
            a = b;
            if (g.value(b) < gMax - CUT) {
                break;
            }
            if (++panels > MAX_PANELS) {
                throw new ArithmeticException("peak quadrature: left tail does not decay (at z = " + b + ")");
            }
        }
        double m = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            m = Math.max(m, lw[i]);
        }
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += Math.exp(lw[i] - m);
        }
        logZ = m + Math.log(s);
        return logZ;
    }

    private double width(LogIntegrand g, double a, int dir) {
        g.derivatives(a, d3);
        double w = kappa / Math.sqrt(Math.max(Math.abs(d3[2]), 1.0));
        // shrink while the curvature at the far end asks for a much narrower panel
        for (int k = 0; k < 8; k++) {
            g.derivatives(a + dir * w, d3);
            double w2 = kappa / Math.sqrt(Math.max(Math.abs(d3[2]), 1.0));
            if (w2 >= 0.7 * w) {
                break;
            }
            w = Math.max(w2, 0.5 * w);
        }
        return w;
    }

    private void addPanel(LogIntegrand g, double a, double b) {
        if (n + order > z.length) {
            z = Arrays.copyOf(z, 2 * z.length);
            lw = Arrays.copyOf(lw, 2 * lw.length);
        }
        double half = 0.5 * (b - a);
        double mid = 0.5 * (a + b);
        double lh = Math.log(half);
        for (int j = 0; j < order; j++) {
            double x = mid + half * glx[j];
            z[n] = x;
            lw[n] = lh + lnGlw[j] + g.nodeValue(x, n);
            n++;
        }
    }

    /** @return the number of nodes of the last integration */
    public int size() {
        return n;
    }

    /** @return node i of the last integration */
    public double node(int i) {
        return z[i];
    }

    /** @return the normalised weight of node i: exp(lw_i - ln Z) (they sum to 1) */
    public double probability(int i) {
        return Math.exp(lw[i] - logZ);
    }

    /** @return ln Z of the last integration */
    public double logZ() {
        return logZ;
    }
}
