package org.robustensemble.analytic.gauss;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleUnaryOperator;

import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;
import org.hipparchus.linear.EigenDecompositionSymmetric;

/**
 * A quadrature rule for expectations over the standard Gaussian measure Dz: E[f(z)] ~ sum_i w_i f(z_i).
 * Immutable. Two families:
 * <ul>
 * <li>{@link #hermite(int)}: Gauss-Hermite with n nodes (exact for polynomials of degree 2n-1); best for smooth
 * integrands with slowly varying features.</li>
 * <li>{@link #panels(double, double, double, int)}: composite Gauss-Legendre on [lo, hi] (panels of a given
 * width, optionally graded towards one end); best for integrands with a sharp feature at a known place, or for
 * the half line z &gt;= 0 when the integrand is even. Mass outside [lo, hi] is neglected: |z| &gt; 10 carries
 * 1.5e-23 of the measure.</li>
 * </ul>
 */
public final class GaussianRule {
    private static final double INV_SQRT_2PI = 1.0 / Math.sqrt(2.0 * Math.PI);
    private static final ConcurrentHashMap<Integer, GaussianRule> HERMITE = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<Integer, double[][]> LEGENDRE = new ConcurrentHashMap<>();

    private final double[] nodes;
    private final double[] weights;
    private final String description;

    private GaussianRule(double[] nodes, double[] weights, String description) {
        this.nodes = nodes;
        this.weights = weights;
        this.description = description;
    }

    /**
     * Gauss-Hermite rule for Dz with n nodes: the nodes x_i and weights of int exp(-x^2) f(x) dx, rescaled to
     * z = sqrt 2 x, w = w_x / sqrt pi. Starting values are the eigenvalues of the Jacobi matrix (Golub and
     * Welsch, Math. Comp. 23, 221 (1969)); each node is then polished by Newton's method on the orthonormal
     * Hermite recurrence p_j = x sqrt(2/j) p_{j-1} - sqrt((j-1)/j) p_{j-2}, and w_x = 2 / (2n p_{n-1}(x)^2).
     * Exact for polynomials of degree 2n - 1. Cached.
     *
     * @param n number of nodes, 1..500 (beyond, the unscaled recurrence would overflow)
     */
    public static GaussianRule hermite(int n) {
        if (n < 1 || n > 500) {
            throw new IllegalArgumentException("Gauss-Hermite node count n = " + n + " must be in [1, 500]");
        }
        return HERMITE.computeIfAbsent(n, GaussianRule::computeHermite);
    }

    private static GaussianRule computeHermite(int n) {
        // starting values: eigenvalues of the Jacobi matrix of the probabilists' Hermite polynomials (Golub-Welsch),
        // zero diagonal and off-diagonal sqrt(k); then Newton on the physicists' orthonormal recurrence at x = z/sqrt 2
        double[] diag = new double[n];
        double[] off = new double[Math.max(0, n - 1)];
        for (int k = 1; k < n; k++) {
            off[k - 1] = Math.sqrt(k);
        }
        double[] guess = n == 1 ? new double[] {0.0} : new EigenDecompositionSymmetric(diag, off).getEigenvalues();
        Arrays.sort(guess);
        double[] zz = new double[n];
        double[] ww = new double[n];
        double pim4 = Math.pow(Math.PI, -0.25);
        double s2 = Math.sqrt(2.0);
        double sp = Math.sqrt(Math.PI);
        for (int i = n / 2; i < n; i++) {
            double x = guess[i] / s2;
            double pp = 0;
            boolean done = false;
            for (int it = 0; it < 50 && !done; it++) {
                double p1 = pim4;
                double p2 = 0;
                for (int j = 1; j <= n; j++) {
                    double p3 = p2;
                    p2 = p1;
                    p1 = x * Math.sqrt(2.0 / j) * p2 - Math.sqrt((j - 1.0) / j) * p3;
                }
                pp = Math.sqrt(2.0 * n) * p2;
                double dx = p1 / pp;
                x -= dx;
                done = Math.abs(dx) <= 4e-16 * Math.max(1.0, Math.abs(x));
            }
            if (!done) {
                throw new ArithmeticException("Gauss-Hermite node " + i + " of " + n + " did not converge");
            }
            if (n % 2 == 1 && i == n / 2) {
                x = 0.0;
            }
            zz[i] = s2 * x;
            zz[n - 1 - i] = -s2 * x;
            ww[i] = 2.0 / (pp * pp) / sp;
            ww[n - 1 - i] = ww[i];
        }
        return new GaussianRule(zz, ww, "gauss-hermite(" + n + ")");
    }

    /** @return Gauss-Legendre nodes [0] and weights [1] on [-1, 1] with m points (cached) */
    public static double[][] legendre(int m) {
        if (m < 1 || m > 200) {
            throw new IllegalArgumentException("Gauss-Legendre order m = " + m + " must be in [1, 200]");
        }
        return LEGENDRE.computeIfAbsent(m, k -> {
            GaussIntegrator gi = new GaussIntegratorFactory().legendre(k);
            double[] x = new double[k];
            double[] w = new double[k];
            for (int i = 0; i < k; i++) {
                x[i] = gi.getPoint(i);
                w[i] = gi.getWeight(i);
            }
            return new double[][] {x, w};
        });
    }

    /**
     * Composite Gauss-Legendre rule for Dz restricted to [lo, hi].
     *
     * @param lo      left end
     * @param hi      right end (&gt; lo)
     * @param width   panel width far from the graded end (&gt; 0)
     * @param order   Gauss-Legendre points per panel
     * @return the rule; its weights include the Gaussian density
     */
    public static GaussianRule panels(double lo, double hi, double width, int order) {
        return graded(lo, hi, width, width, order);
    }

    /**
     * Composite Gauss-Legendre rule for Dz on [lo, hi] whose panels start at width {@code firstWidth} at
     * {@code lo} and double until they reach {@code width}: resolves a sharp feature at {@code lo} (e.g. the
     * smoothed kink at z = 0 of an even integrand integrated over the half line).
     */
    public static GaussianRule graded(double lo, double hi, double firstWidth, double width, int order) {
        if (!(hi > lo) || !(width > 0) || !(firstWidth > 0) || !Double.isFinite(hi - lo)) {
            throw new IllegalArgumentException("bad panel rule: [" + lo + ", " + hi + "], width " + width
                    + ", first width " + firstWidth);
        }
        double[][] gl = legendre(order);
        int maxPanels = (int) Math.min(100_000, Math.ceil((hi - lo) / Math.min(width, firstWidth)) + 64);
        double[] z = new double[maxPanels * order];
        double[] w = new double[maxPanels * order];
        int k = 0;
        double a = lo;
        double pw = Math.min(firstWidth, width);
        while (a < hi - 1e-14 * Math.max(1.0, Math.abs(hi))) {
            double b = Math.min(hi, a + pw);
            if (hi - b < 0.25 * pw) {
                b = hi; // avoid a sliver panel at the end
            }
            double half = 0.5 * (b - a);
            double mid = 0.5 * (a + b);
            for (int j = 0; j < order; j++) {
                double x = mid + half * gl[0][j];
                z[k] = x;
                w[k] = half * gl[1][j] * Math.exp(-0.5 * x * x) * INV_SQRT_2PI;
                k++;
            }
            a = b;
            pw = Math.min(width, 2 * pw);
        }
        return new GaussianRule(Arrays.copyOf(z, k), Arrays.copyOf(w, k),
                String.format("panels[%g,%g](w=%g,first=%g,m=%d)", lo, hi, width, firstWidth, order));
    }

    /**
     * Rounds a length scale down to a power of two (at least 2^-7), so that panel rules chosen from nearby
     * parameter values coincide and can be cached.
     */
    public static double pow2Floor(double v) {
        return Math.pow(2, Math.max(-7, Math.floor(Math.log(v) / Math.log(2))));
    }

    /** @return the number of nodes */
    public int size() {
        return nodes.length;
    }

    /** @return node i */
    public double node(int i) {
        return nodes[i];
    }

    /** @return weight i (includes the Gaussian density) */
    public double weight(int i) {
        return weights[i];
    }

    /** @return E[f(z)] under this rule */
    public double expect(DoubleUnaryOperator f) {
        double s = 0;
        for (int i = 0; i < nodes.length; i++) {
            s += weights[i] * f.applyAsDouble(nodes[i]);
        }
        return s;
    }

    /**
     * Nested two-level expectation with the inner one in log space: E_{z0}[ ln E_{z1}[ exp(logf(z0, z1)) ] ],
     * the form of every replica free entropy. The inner sum is a log-sum-exp, so it neither over- nor
     * underflows however large logf is.
     */
    public static double expectLogOfInner(GaussianRule outer, GaussianRule inner, LogKernel logf) {
        double s = 0;
        for (int i = 0; i < outer.size(); i++) {
            double z0 = outer.node(i);
            s += outer.weight(i) * logExpect(inner, z1 -> logf.value(z0, z1));
        }
        return s;
    }

    /** @return ln E[exp(logf(z))] computed as a log-sum-exp */
    public static double logExpect(GaussianRule rule, DoubleUnaryOperator logf) {
        double max = Double.NEGATIVE_INFINITY;
        double[] v = new double[rule.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = logf.applyAsDouble(rule.node(i)) + Math.log(rule.weight(i));
            max = Math.max(max, v[i]);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        double s = 0;
        for (double x : v) {
            s += Math.exp(x - max);
        }
        return max + Math.log(s);
    }

    /** A log-integrand of two Gaussian variables. */
    @FunctionalInterface
    public interface LogKernel {
        double value(double z0, double z1);
    }

    @Override
    public String toString() {
        return description + " (" + nodes.length + " nodes)";
    }
}
