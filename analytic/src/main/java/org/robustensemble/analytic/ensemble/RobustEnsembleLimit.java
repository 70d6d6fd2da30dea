package org.robustensemble.analytic.ensemble;

import static org.robustensemble.analytic.gauss.GaussianFunctions.lnTwoCosh;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

import org.robustensemble.analytic.gardner.Gardner;
import org.robustensemble.analytic.gardner.GardnerSolution;
import org.robustensemble.analytic.gauss.GaussianFunctions;
import org.robustensemble.analytic.gauss.GaussianRule;
import org.robustensemble.analytic.gauss.Quadrature;
import org.robustensemble.analytic.model.InnerMaxima;
import org.robustensemble.analytic.model.LimitEnergetic;
import org.robustensemble.analytic.model.PatternFactor;
import org.robustensemble.analytic.saddle.Continuation;
import org.robustensemble.analytic.saddle.ConvergenceReport;
import org.robustensemble.analytic.saddle.OverlapProblem;
import org.robustensemble.analytic.saddle.SaddlePoint;
import org.robustensemble.analytic.saddle.SaddlePointSolver;
import org.robustensemble.analytic.saddle.StationaryProblem;

/**
 * The robust ensemble in the limit y -&gt; infinity (docs/theory.md 3.3; Baldassi et al. PNAS 2016): with
 * q1 - q0 = delta/y and qh1 - qh0 = Dh/y the inner integrals become maxima (Laplace),
 * <pre>
 *  Phi_max = extr { -(qh0/2)(1 - q0 + delta) - (Dh/2) q0
 *      + E_z0 max_{s,x} [ ln 2cosh( sqrt(qh0) z0 + sqrt(Dh) x + s gamma ) - x^2/2 ]
 *      + alpha E_z0 max_x [ ln H( -(sqrt(q0) z0 + sqrt(delta) x)/sqrt(1-q0) ) - x^2/2 ] }.
 * </pre>
 * With h* the maximiser (h = A + Dh tanh h, A = sqrt(qh0) z0 + s gamma, the outer root: for z0 &gt;= 0 the
 * global maximum has s = +1 and h &gt;= A) and w* that of the energetic term (w = w0 + (delta/c^2) R(w),
 * w0 = sqrt(q0) z0/c, c = sqrt(1-q0), R = G(w)/H(-w)), the stationarity conditions are (envelope theorem)
 * <pre>
 *   q0 = E tanh^2 h_*,   delta = E[z0 tanh h_*]/sqrt(qh0) - 1 + q0,
 *   qh0 = alpha E R^2 / c^2,   Dh = qh0 + alpha E[ R (z0/(sqrt(q0) c) + w_* / c^2) ],
 * </pre>
 * and S = E[s_* tanh h_*]. The entropic z0-integrand is even with a jump of tanh h_* at z0 = 0 (the maximiser
 * switches s), so it is integrated on the half line z0 &gt;= 0 where it is smooth; the inner maxima are found by
 * monotone Newton iterations ({@link InnerMaxima}), which pick the global maximum even when the entropic
 * objective has two local maxima in x. At alpha = 0 the scaling q1 - q0 = O(1/y) fails (delta = +infinity);
 * the exact values Phi_max = ln 2cosh gamma, S = tanh gamma are returned there. Thread-safe.
 *
 * <p>Margin and temperature (docs/theory.md 3.5): ln H(-w) becomes ln H_beta(-w) with w0 = (sqrt(q0) z0 - kappa)/c
 * ({@link PatternFactor}); the conditions above hold with R_beta = (1 - e^-beta) G/H_beta and w_* the maximiser
 * of the shifted problem (the envelope derivative in q0 acts on the whole argument w). At finite beta the
 * energetic inner maximum ln H_beta(-w) - (w - w0)^2/(2k), k = delta/c^2, can have two local maxima
 * ({@link InnerMaxima.EnergeticMaxima}); the global one jumps at one centre w0* (computed per evaluation), so the
 * z0 rule is split there and stays a smooth-integrand Gauss rule on each side.
 */
public final class RobustEnsembleLimit {
    private static final double ZMAX = 10.0;
    private final Quadrature quad;
    private final Gardner gardner;
    private final PatternFactor factor;
    private final ConcurrentHashMap<String, GaussianRule> rules = new ConcurrentHashMap<>();

    /** @param quad numerical resolution */
    public RobustEnsembleLimit(Quadrature quad) {
        this(quad, 0, Double.POSITIVE_INFINITY);
    }

    /**
     * @param quad  numerical resolution
     * @param kappa margin (stability / sqrt(N) &gt; kappa), in [-2, 10]
     * @param beta  inverse temperature &gt; 0, or {@link Double#POSITIVE_INFINITY} (only solutions count)
     */
    public RobustEnsembleLimit(Quadrature quad, double kappa, double beta) {
        this.quad = quad;
        this.gardner = new Gardner(quad, kappa, beta);
        this.factor = new PatternFactor(kappa, beta);
    }

    /** Default resolution. */
    public RobustEnsembleLimit() {
        this(Quadrature.defaults());
    }

    /** @return the resolution */
    public Quadrature quadrature() {
        return quad;
    }

    /** Solves at (alpha, gamma) by continuation in gamma from the exact gamma = 0 point (Gardner). */
    public RobustEnsembleLimitSolution solve(double alpha, double gamma) {
        checkParameters(alpha, gamma);
        if (alpha == 0) {
            return exactAtZeroLoad(gamma);
        }
        GardnerSolution g = gardner.solve(alpha);
        double[] x = {g.q(), 0, g.qHat(), 0};
        if (gamma == 0) {
            return solve(alpha, 0, x);
        }
        return Continuation.follow(gamma, x, (g1, start) -> solve(alpha, g1, start),
                RobustEnsembleLimitSolution::orderParameters, RobustEnsembleLimit::admissible, 0.25, 0.5,
                "y=inf robust ensemble continuation in gamma at alpha=" + alpha);
    }

    /** Solves at (alpha, gamma) by Newton from {@code start} = (q0, delta, qh0, Dh). */
    public RobustEnsembleLimitSolution solve(double alpha, double gamma, double[] start) {
        checkParameters(alpha, gamma);
        if (alpha == 0) {
            return exactAtZeroLoad(gamma);
        }
        Workspace ws = new Workspace(alpha, gamma, start);
        String what = String.format("y=inf robust ensemble saddle point at alpha=%g, gamma=%g", alpha, gamma);
        if (gamma == 0) {
            // exact: delta = Dh = 0 (replicas independent of the reference); solve the remaining Gardner-like pair
            // on this class's own quadrature, so that the point is stationary for the discretised equations
            StationaryProblem reduced = new StationaryProblem() {
                final double[] full = new double[4];
                final double[] f = new double[4];

                @Override
                public int dimension() {
                    return 2;
                }

                @Override
                public void residual(double[] x, double[] out) {
                    full[0] = x[0];
                    full[2] = x[1];
                    ws.residual(full, f);
                    out[0] = f[0];
                    out[1] = f[2];
                }

                @Override
                public boolean admissible(double[] x) {
                    return x[0] > 0 && x[0] < 1 && x[1] > 0;
                }
            };
            SaddlePoint sp = SaddlePointSolver.defaults(ws.nodes()).withTolerance(1e-11).solve(reduced,
                    new double[] {start[0], start[2]}, what);
            return ws.observables(new double[] {sp.x()[0], 0, sp.x()[1], 0}, sp.report());
        }
        SaddlePoint sp = SaddlePointSolver.defaults(ws.nodes()).withTolerance(1e-11).solve(ws, start, what);
        return ws.observables(sp.x(), sp.report());
    }

    public OverlapProblem problem(double alpha, double gamma, double[] near) {
        return new Workspace(alpha, gamma, near);
    }

    public RobustEnsembleLimitSolution observables(double alpha, double gamma, double[] x, ConvergenceReport rep) {
        return new Workspace(alpha, gamma, x).observables(x, rep);
    }

    private static RobustEnsembleLimitSolution exactAtZeroLoad(double gamma) {
        double t = Math.tanh(gamma);
        double phi = lnTwoCosh(gamma);
        return new RobustEnsembleLimitSolution(0, gamma, phi, t, (1 - t) / 2, phi - gamma * t, t * t,
                Double.POSITIVE_INFINITY, 0, 0, new ConvergenceReport(0, 0, 0, 0, "exact", true));
    }

    public static boolean admissible(double[] x) {
        return x[0] > 0 && x[0] < 1 && x[1] >= 0 && x[2] > 0 && x[3] >= 0 && Double.isFinite(x[1])
                && Double.isFinite(x[3]);
    }

    static void checkParameters(double alpha, double gamma) {
        Gardner.checkAlpha(alpha);
        if (!(gamma >= 0) || Double.isInfinite(gamma)) {
            throw new IllegalArgumentException("gamma = " + gamma + " must be finite and >= 0");
        }
    }

    GaussianRule rule(double lo, double width) {
        return rules.computeIfAbsent(lo + ":" + width, k -> GaussianRule.panels(lo, ZMAX, width, quad.order()));
    }

    private final class Workspace implements OverlapProblem {
        final double alpha;
        final double gamma;
        final GaussianRule entropicRule;
        final GaussianRule energeticRule;
        final LimitEnergetic energetic;
        double eT2;
        double eTz;
        double eT;
        double eMs;
        double eR2;
        double eRz;
        double eRw;
        double eMe;

        Workspace(double alpha, double gamma, double[] near) {
            this.alpha = alpha;
            this.gamma = gamma;
            double sqh0 = Math.sqrt(Math.max(near[2], 1e-12));
            this.entropicRule = rule(0, quad.panelScale() * Math.min(1.0, GaussianRule.pow2Floor(1.0 / sqh0)));
            double c = Math.sqrt(Math.max(1 - near[0], 1e-300));
            double scaleE = Math.min(1.0, GaussianRule.pow2Floor(c / Math.sqrt(Math.max(near[0], 1e-12))));
            this.energeticRule = rule(-ZMAX, quad.panelScale() * scaleE);
            this.energetic = new LimitEnergetic(factor, energeticRule, quad.panelScale() * scaleE, quad.order());
        }

        int nodes() {
            return entropicRule.size() + energeticRule.size();
        }

        @Override
        public int dimension() {
            return 4;
        }

        @Override
        public boolean admissible(double[] x) {
            return RobustEnsembleLimit.admissible(x);
        }

        @Override
        public double scale(double[] x, int i) {
            // relative steps: qh0 tends to 0 and delta grows large at small d (the stiff regime)
            return switch (i) {
                case 0 -> Math.min(0.1, 1 - x[0]);
                case 2 -> Math.abs(x[2]) + 1e-12;
                default -> Math.max(1e-3, Math.abs(x[i]));
            };
        }

        @Override
        public double lastOverlap() {
            return eT;
        }

        @Override
        public void residual(double[] x, double[] out) {
            evaluate(x);
            double q0 = x[0];
            double c2 = 1 - q0;
            out[0] = eT2 - q0;
            out[1] = eTz / Math.sqrt(x[2]) - 1 + q0 - x[1];
            out[2] = alpha * eR2 / c2 - x[2];
            out[3] = x[2] + alpha * (eRz / (Math.sqrt(q0) * Math.sqrt(c2)) + eRw / c2) - x[3];
        }

        void evaluate(double[] x) {
            double q0 = x[0];
            double delta = x[1];
            double sqh0 = Math.sqrt(x[2]);
            double dh = x[3];
            eT2 = eTz = eT = eMs = 0;
            for (int i = 0; i < entropicRule.size(); i++) {
                double z0 = entropicRule.node(i);
                double w = 2 * entropicRule.weight(i);
                double h = InnerMaxima.tanhOuterRoot(sqh0 * z0 + gamma, dh);
                double t = GaussianFunctions.tanh(h);
                eT2 += w * t * t;
                eTz += w * t * z0;
                eT += w * t;
                eMs += w * (lnTwoCosh(h) - 0.5 * dh * t * t);
            }
            energetic.evaluate(q0, delta);
            eR2 = energetic.eR2;
            eRz = energetic.eRz;
            eRw = energetic.eRw;
            eMe = energetic.eMe;
        }

        RobustEnsembleLimitSolution observables(double[] x, ConvergenceReport rep) {
            evaluate(x);
            double q0 = x[0];
            double delta = x[1];
            double qh0 = x[2];
            double dh = x[3];
            double phi = -0.5 * qh0 * (1 - q0 + delta) - 0.5 * dh * q0 + eMs + alpha * eMe;
            double s = eT;
            if (!Double.isFinite(phi) || !Double.isFinite(s)) {
                throw new ArithmeticException("non-finite y=inf observable at " + Arrays.toString(x));
            }
            return new RobustEnsembleLimitSolution(alpha, gamma, phi, s, (1 - s) / 2, phi - gamma * s, q0, delta, qh0,
                    dh, rep);
        }
    }
}
