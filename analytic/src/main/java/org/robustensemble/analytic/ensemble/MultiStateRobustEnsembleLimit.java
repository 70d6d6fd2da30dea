package org.robustensemble.analytic.ensemble;

import java.util.Arrays;

import org.robustensemble.analytic.curve.MultiStateCurve;
import org.robustensemble.analytic.gardner.Gardner;
import org.robustensemble.analytic.gardner.GardnerSolution;
import org.robustensemble.analytic.gauss.GaussianRule;
import org.robustensemble.analytic.gauss.Quadrature;
import org.robustensemble.analytic.model.LimitEnergetic;
import org.robustensemble.analytic.model.PatternFactor;
import org.robustensemble.analytic.model.SiteMaxima;
import org.robustensemble.analytic.model.WeightSet;
import org.robustensemble.analytic.saddle.Continuation;
import org.robustensemble.analytic.saddle.ConvergenceReport;
import org.robustensemble.analytic.saddle.OverlapProblem;
import org.robustensemble.analytic.saddle.SaddlePoint;
import org.robustensemble.analytic.saddle.SaddlePointSolver;
import org.robustensemble.analytic.saddle.StationaryProblem;

/**
 * The robust ensemble at y = infinity for a general symmetric weight set ({@link WeightSet}; Baldassi et al.,
 * PRE 93, 052313 (2016) for the multi-state setting; docs/theory.md 3.3 for the binary equations). With the
 * self-overlap Q = W.W/N and its conjugate rh as extra order parameters, stabilities in units of sqrt(N Q), and
 * f(h) = ln sum_w exp(h w - rh w^2/2):
 * <pre>
 *  Phi_max = extr { -(qh0/2)(Q - q0 + delta) - (Dh/2) q0 + rh Q/2
 *      + E_z0 max_{wref, h} [ f(h) - (h - A)^2/(2 Dh) ],   A = sqrt(qh0) z0 + gamma wref,
 *      + alpha E_z0 max_x [ ln H_beta((kappa - sqrt(q0/Q) z0 - sqrt(delta/Q) x)/sqrt(1 - q0/Q)) - x^2/2 ] }
 * </pre>
 * (binary weights: f = ln 2cosh h - rh/2 and Q = 1, the binary formula). With m = &lt;w&gt; and &lt;w^2&gt; at
 * the maximiser h_* (h = A + Dh m(h)), u = q0/Q, v = delta/Q and the energetic sums of {@link LimitEnergetic} at
 * (u, v), the stationarity conditions are (envelope theorem)
 * <pre>
 *   q0 = E m^2,   delta = E[z0 m]/sqrt(qh0) - Q + q0,   Q = E &lt;w^2&gt;,
 *   qh0 = alpha E R^2/(c^2 Q),   Dh = qh0 + alpha (E[R z0]/(sqrt(u) c) + E[R w_*]/c^2)/Q,
 *   rh = qh0 + u (Dh - qh0) + v qh0,   c^2 = 1 - u,
 * </pre>
 * and the observables S = E[wref_* m] (replica-reference overlap W.Wref/N, the coupling being exp(gamma W.Wref)),
 * Qref = E[wref_*^2], and the <b>distance d = (1 - S/sqrt(Q Qref))/2</b> (one minus the cosine similarity, halved:
 * the normalised Hamming distance for binary weights, invariant under a rescaling of the set), with the local
 * entropy S_I = Phi_max - gamma S (the log-number of configurations at overlap S from the reference).
 *
 * <p>Numerics: the inner problem max_h f(h) - (h - A)^2/(2 Dh) can have several local maxima for multi-state sets
 * (f is convex with one inflection band per pair of neighbouring values): the critical points of
 * g(h) = h - Dh m(h) are located once per evaluation on a fine grid (g' = 1 - Dh Var_h(w)) and the maxima for each
 * A are the roots of g(h) = A on the pieces where g increases. The global maximum over (wref, piece) jumps as z0
 * varies; the z0 integral (even in z0, done on z0 &gt;= 0) is a composite Gauss-Legendre rule whose panels are
 * split, by bisection on the identity of the maximiser, at every jump. At alpha = 0 (where delta = infinity) the
 * exact values are returned: wref = max |w|, Phi = f(gamma max|w|) at rh = 0. Thread-safe.
 */
public final class MultiStateRobustEnsembleLimit {
    private static final double ZMAX = 10.0;
    private final Quadrature quad;
    private final Gardner gardner;
    private final PatternFactor factor;
    private final WeightSet weights;
    private final double[] values;

    /**
     * One saddle point.
     *
     * @param alpha        load
     * @param gamma        coupling exp(gamma W.Wref)
     * @param bigPhi       Phi_max
     * @param overlap      S = W.Wref/N
     * @param distance     d = (1 - S/sqrt(Q Qref))/2
     * @param localEntropy S_I = Phi_max - gamma S
     * @param q0           replica overlap
     * @param delta        y (q1 - q0)
     * @param qHat0        conjugate of q0
     * @param dHat         y (qh1 - qh0)
     * @param selfOverlap  Q = W.W/N of the replicas
     * @param rHat         conjugate of Q
     * @param referenceSelfOverlap Qref = Wref.Wref/N
     * @param report       convergence diagnostics
     */
    public record Solution(double alpha, double gamma, double bigPhi, double overlap, double distance,
            double localEntropy, double q0, double delta, double qHat0, double dHat, double selfOverlap, double rHat,
            double referenceSelfOverlap, ConvergenceReport report)
            implements CoupledEnsemble.Solved {

        /** @return (q0, delta, qHat0, dHat, Q, rHat) */
        public double[] orderParameters() {
            return new double[] {q0, delta, qHat0, dHat, selfOverlap, rHat};
        }
    }

    /**
     * @param quad    resolution
     * @param kappa   margin in [-2, 10] (units of sqrt(N Q))
     * @param beta    inverse temperature &gt; 0 or infinity
     * @param weights the weight set
     */
    public MultiStateRobustEnsembleLimit(Quadrature quad, double kappa, double beta, WeightSet weights) {
        this.quad = quad;
        this.gardner = new Gardner(quad, kappa, beta, weights);
        this.factor = new PatternFactor(kappa, beta);
        this.weights = weights;
        this.values = weights.values();
    }

    /** @return the weight set */
    public WeightSet weights() {
        return weights;
    }

    /** Solves at (alpha, gamma) by continuation in gamma from the gamma = 0 point (the Gardner saddle point). */
    public Solution solve(double alpha, double gamma) {
        RobustEnsembleLimit.checkParameters(alpha, gamma);
        if (alpha == 0) {
            return exactAtZeroLoad(gamma);
        }
        GardnerSolution g = gardner.solve(alpha);
        double[] x = {g.q(), 0, g.qHat(), 0, g.selfOverlap(), g.selfConjugate()};
        if (gamma == 0) {
            return solve(alpha, 0, x);
        }
        return Continuation.follow(gamma, x, (g1, start) -> solve(alpha, g1, start), Solution::orderParameters,
                MultiStateRobustEnsembleLimit::admissible, 0.25 / weights.meanSquare(), 0.5 / weights.meanSquare(),
                "multi-state y=inf robust ensemble continuation in gamma at alpha=" + alpha);
    }

    /** Solves at (alpha, gamma) by Newton from {@code start} = (q0, delta, qh0, Dh, Q, rh). */
    public Solution solve(double alpha, double gamma, double[] start) {
        RobustEnsembleLimit.checkParameters(alpha, gamma);
        if (alpha == 0) {
            return exactAtZeroLoad(gamma);
        }
        Workspace ws = new Workspace(alpha, gamma, start);
        String what = String.format("multi-state (weights %s) y=inf robust ensemble saddle point at alpha=%g, gamma=%g",
                weights, alpha, gamma);
        SaddlePointSolver solver = SaddlePointSolver.defaults(ws.nodes()).withTolerance(1e-11);
        if (gamma == 0) {
            // exact: delta = Dh = 0; the remaining (q0, qh0, Q, rh) are the Gardner conditions on this quadrature
            int[] keep = {0, 2, 4, 5};
            StationaryProblem reduced = new StationaryProblem() {
                final double[] full = new double[6];
                final double[] f = new double[6];

                @Override
                public int dimension() {
                    return 4;
                }

                @Override
                public void residual(double[] x, double[] out) {
                    for (int i = 0; i < 4; i++) {
                        full[keep[i]] = x[i];
                    }
                    ws.residual(full, f);
                    for (int i = 0; i < 4; i++) {
                        out[i] = f[keep[i]];
                    }
                }

                @Override
                public boolean admissible(double[] x) {
                    return x[0] > 0 && x[2] > x[0] && x[1] > 0 && Double.isFinite(x[3]);
                }
            };
            SaddlePoint sp = solver.solve(reduced, new double[] {start[0], start[2], start[4], start[5]}, what);
            double[] y = sp.x();
            return ws.observables(new double[] {y[0], 0, y[1], 0, y[2], y[3]}, sp.report());
        }
        SaddlePoint sp = solver.solve(ws, start, what);
        return ws.observables(sp.x(), sp.report());
    }

    /**
     * The dense-region curve S_I(d) at y = infinity ({@link MultiStateCurve}): for each d the gamma with
     * d(gamma) = d, solved with the order parameters; zeroLoadEntropy is the alpha = 0 local entropy at the same d
     * (the densest alpha = 0 references have extreme values; for binary weights this is H2(d), for weight sets it
     * is a reference curve but not a strict bound, because Q and Qref in the cosine distance change with alpha).
     *
     * @param alpha load
     * @param ds    distances in (0, 1/2), at most the distance at gamma = 0
     * @return the points in the order of {@code ds}
     */
    public java.util.List<MultiStateCurve.Point<Solution>> curve(double alpha, double[] ds) {
        return MultiStateCurve.compute(coupled(alpha), alpha, ds);
    }

    /** @return this ensemble at load alpha (y = infinity), as the curves see it */
    public CoupledEnsemble<Solution> coupled(double alpha) {
        return new CoupledEnsemble<Solution>() {
            @Override
            public OverlapProblem problem(double gamma, double[] near) {
                return new Workspace(alpha, gamma, near);
            }

            @Override
            public Solution solve(double gamma, double[] start) {
                return start == null ? MultiStateRobustEnsembleLimit.this.solve(alpha, gamma)
                        : MultiStateRobustEnsembleLimit.this.solve(alpha, gamma, start);
            }

            @Override
            public Solution observables(double gamma, double[] x, ConvergenceReport rep) {
                return new Workspace(alpha, gamma, x).observables(x, rep);
            }

            @Override
            public boolean admissible(double[] x) {
                return MultiStateRobustEnsembleLimit.admissible(x);
            }

            @Override
            public Solution atZeroLoad(double d) {
                return exactAtZeroLoad(zeroLoadGamma(d));
            }

            @Override
            public double zeroLoadEntropy(double d) {
                return exactAtZeroLoad(zeroLoadGamma(d)).localEntropy();
            }

            @Override
            public double gammaUnit() {
                return 1 / weights.meanSquare();
            }

            @Override
            public String describe(double d) {
                return String.format("multi-state dense-region curve (weights %s, y=inf) at alpha=%g, d=%g", weights,
                        alpha, d);
            }
        };
    }

    /** The gamma at which the alpha = 0 solution has distance d (bisection: d decreases with gamma). */
    double zeroLoadGamma(double d) {
        double lo = 0;
        double hi = 1;
        while (exactAtZeroLoad(hi).distance() > d) {
            hi *= 2;
            if (hi > 1e4) {
                throw new IllegalArgumentException("d = " + d + " too small for the zero-load reference");
            }
        }
        for (int it = 0; it < 200 && hi - lo > 1e-15 * hi; it++) {
            double mid = 0.5 * (lo + hi);
            if (exactAtZeroLoad(mid).distance() > d) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    Solution exactAtZeroLoad(double gamma) {
        double[] mom = new double[2];
        double wmax = weights.max();
        double phi = weights.logPartition(gamma * wmax, 0, mom);
        double s = wmax * mom[0];
        double qq = mom[1];
        double qref = wmax * wmax;
        return new Solution(0, gamma, phi, s, 0.5 * (1 - s / Math.sqrt(qq * qref)), phi - gamma * s, mom[0] * mom[0],
                Double.POSITIVE_INFINITY, 0, 0, qq, 0, qref, new ConvergenceReport(0, 0, 0, 0, "exact", true));
    }

    static boolean admissible(double[] x) {
        return x[0] > 0 && x[4] > x[0] && x[1] >= 0 && x[2] > 0 && x[3] >= 0 && Double.isFinite(x[1])
                && Double.isFinite(x[3]) && Double.isFinite(x[5]);
    }

    private final class Workspace implements OverlapProblem {
        final double alpha;
        final double gamma;
        final double panel;
        final LimitEnergetic energetic;
        final GaussianRule energeticRule;
        final double[][] gl;
        final double[] mom = new double[2];
        final int[] piece = new int[1];
        final double[] best = new double[2];
        SiteMaxima site;
        double sqh0;
        double eM2;
        double eZm;
        double eW2;
        double eS;
        double eRef2;
        double eF;
        double lastQ;

        Workspace(double alpha, double gamma, double[] near) {
            this.alpha = alpha;
            this.gamma = gamma;
            double sq = Math.sqrt(Math.max(near[2], 1e-12));
            this.panel = quad.panelScale() * Math.min(1.0, GaussianRule.pow2Floor(1.0 / sq));
            double u = near[0] / near[4];
            double c = Math.sqrt(Math.max(1 - u, 1e-300));
            double scaleE = quad.panelScale() * Math.min(1.0, GaussianRule.pow2Floor(c / Math.sqrt(Math.max(u, 1e-12))));
            this.energeticRule = GaussianRule.panels(-ZMAX, ZMAX, scaleE, quad.order());
            this.energetic = new LimitEnergetic(factor, energeticRule, scaleE, quad.order());
            this.gl = GaussianRule.legendre(quad.order());
        }

        int nodes() {
            return (int) Math.ceil(ZMAX / panel) * quad.order() + energeticRule.size();
        }

        @Override
        public int dimension() {
            return 6;
        }

        @Override
        public boolean admissible(double[] x) {
            return MultiStateRobustEnsembleLimit.admissible(x);
        }

        @Override
        public double scale(double[] x, int i) {
            return switch (i) {
                case 0 -> Math.min(0.1 * x[4], x[4] - x[0]);
                case 2 -> Math.abs(x[2]) + 1e-12;
                default -> Math.max(1e-3, Math.abs(x[i]));
            };
        }

        @Override
        public void residual(double[] x, double[] out) {
            evaluate(x);
            double q0 = x[0];
            double delta = x[1];
            double qh0 = x[2];
            double dh = x[3];
            double qq = x[4];
            double u = q0 / qq;
            double v = delta / qq;
            double c2 = 1 - u;
            out[0] = eM2 - q0;
            out[1] = eZm / Math.sqrt(qh0) - qq + q0 - delta;
            out[2] = alpha * energetic.eR2 / (c2 * qq) - qh0;
            out[3] = qh0 + alpha * (energetic.eRz / (Math.sqrt(u) * Math.sqrt(c2)) + energetic.eRw / c2) / qq - dh;
            out[4] = eW2 - qq;
            out[5] = qh0 + u * (dh - qh0) + v * qh0 - x[5];
        }

        void evaluate(double[] x) {
            sqh0 = Math.sqrt(x[2]);
            site = new SiteMaxima(weights, x[3], x[5]);
            eM2 = eZm = eW2 = eS = eRef2 = eF = 0;
            int np = (int) Math.ceil(ZMAX / panel);
            for (int p = 0; p < np; p++) {
                integrate(p * panel, Math.min(ZMAX, (p + 1) * panel), 0);
            }
            energetic.evaluate(x[0] / x[4], x[1] / x[4]);
            lastQ = x[4];
        }

        /** The normalised overlap S/sqrt(Q Qref) = 1 - 2d of the last evaluation (the distance target). */
        @Override
        public double lastOverlap() {
            return eS / Math.sqrt(lastQ * eRef2);
        }

        /** The identity of the global maximiser at z0: reference value index * 64 + piece. */
        private int identity(double z0) {
            int bestId = -1;
            double bestVal = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < values.length; j++) {
                site.globalMax(sqh0 * z0 + gamma * values[j], piece, best);
                if (best[0] >= bestVal) {
                    bestVal = best[0];
                    bestId = j * 64 + piece[0];
                }
            }
            return bestId;
        }

        /** Adds the even z0-integrand over [a, b] (weights doubled), split at jumps of the maximiser. */
        private void integrate(double a, double b, int depth) {
            int m = gl[0].length;
            double half = 0.5 * (b - a);
            double mid = 0.5 * (a + b);
            double[] pts = new double[m + 2];
            int[] ids = new int[m + 2];
            pts[0] = a;
            pts[m + 1] = b;
            for (int j = 0; j < m; j++) {
                pts[j + 1] = mid + half * gl[0][j];
            }
            for (int j = 0; j < m + 2; j++) {
                ids[j] = identity(pts[j]);
            }
            int change = -1;
            for (int j = 1; j < m + 2; j++) {
                if (ids[j] != ids[0]) {
                    change = j;
                    break;
                }
            }
            if (change < 0 || b - a < 1e-13) {
                for (int j = 0; j < m; j++) {
                    double z0 = pts[j + 1];
                    double w = 2 * half * gl[1][j] * Math.exp(-0.5 * z0 * z0) / Math.sqrt(2 * Math.PI);
                    node(z0, w);
                }
                return;
            }
            if (depth > 40) {
                throw new ArithmeticException("too many jumps of the multi-state maximiser in [" + a + ", " + b + "]");
            }
            double l = pts[change - 1];
            double r = pts[change];
            int idL = ids[change - 1];
            for (int it = 0; it < 200 && r - l > 1e-14 * Math.max(1, Math.abs(l)); it++) {
                double c = 0.5 * (l + r);
                if (identity(c) == idL) {
                    l = c;
                } else {
                    r = c;
                }
            }
            double s = 0.5 * (l + r);
            integrate(a, s, depth + 1);
            integrate(s, b, depth + 1);
        }

        private void node(double z0, double w) {
            double bestVal = Double.NEGATIVE_INFINITY;
            double bestH = 0;
            double bestRef = 0;
            for (double ref : values) {
                site.globalMax(sqh0 * z0 + gamma * ref, piece, best);
                if (best[0] >= bestVal) {
                    bestVal = best[0];
                    bestH = best[1];
                    bestRef = ref;
                }
            }
            weights.logPartition(bestH, site.rh(), mom);
            double m = mom[0];
            eM2 += w * m * m;
            eZm += w * z0 * m;
            eW2 += w * mom[1];
            eS += w * bestRef * m;
            eRef2 += w * bestRef * bestRef;
            eF += w * bestVal;
        }

        Solution observables(double[] x, ConvergenceReport rep) {
            evaluate(x);
            double q0 = x[0];
            double delta = x[1];
            double qh0 = x[2];
            double dh = x[3];
            double qq = x[4];
            double rh = x[5];
            double phi = -0.5 * qh0 * (qq - q0 + delta) - 0.5 * dh * q0 + 0.5 * rh * qq + eF + alpha * energetic.eMe;
            double s = eS;
            double d = 0.5 * (1 - s / Math.sqrt(qq * eRef2));
            if (!Double.isFinite(phi) || !Double.isFinite(s)) {
                throw new ArithmeticException("non-finite multi-state y=inf observable at " + Arrays.toString(x));
            }
            return new Solution(alpha, gamma, phi, s, d, phi - gamma * s, q0, delta, qh0, dh, qq, rh, eRef2, rep);
        }
    }
}
