package org.robustensemble.analytic.reference;

import static org.robustensemble.analytic.gauss.GaussianFunctions.lnTwoCosh;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

import org.robustensemble.analytic.gardner.Gardner;
import org.robustensemble.analytic.gauss.GaussianFunctions;
import org.robustensemble.analytic.gauss.GaussianRule;
import org.robustensemble.analytic.gauss.Quadrature;
import org.robustensemble.analytic.model.InnerMaxima;
import org.robustensemble.analytic.saddle.ConvergenceReport;
import org.robustensemble.analytic.saddle.DistanceTarget;
import org.robustensemble.analytic.saddle.NonConvergenceException;
import org.robustensemble.analytic.saddle.SaddlePoint;
import org.robustensemble.analytic.saddle.SaddlePointSolver;
import org.robustensemble.analytic.saddle.StationaryProblem;

/**
 * Dense reference solutions (Baldassi, Ingrosso, Lucibello, Saglietti, Zecchina, PRL 115, 128101 (2015); J. Stat.
 * Mech. (2016) P023301): the local entropy S_I(d) of references W~ that are themselves solutions and maximise the
 * number of solutions at distance d (the large-deviation measure X(W~) exp(y N S_I(W~, d)) at y -&gt; infinity),
 * replica symmetric, zero margin. The derivation is in analytic/docs/dense-reference.md; at fixed overlap
 * S = 1 - 2d,
 * <pre>
 *  S_I(S) = extr { -(qh0/2)(1 - q0 + delta) - (Dh/2) q0 - Qh tau/2 - Ph sigma - Gamma S + G_S + alpha G_E }
 *  G_S = E max_{s=+-1, x} [ s wt + ln 2cosh(v + sqrt(Dh) x + Gamma s) - x^2/2 ],
 *        (wt, v) Gaussian, Var v = qh0, Var wt = Qh, Cov = Ph
 *  G_E = E max_x [ ln H(-(g + sqrt(delta) x)/sqrt(1-q0)) - x^2/2 - min(gt + (sigma/sqrt(delta)) x, 0)^2 / (2b) ],
 *        (gt, g) Gaussian, Var gt = 1, Var g = q0, Cov = S;  b = tau - sigma^2/delta
 * </pre>
 * Here q1 - q0 = delta/y and qh1 - qh0 = Dh/y as in {@link RobustEnsembleLimit}; the references of different
 * replica groups coincide with 1 - Qt = tau/y, the reference-replica overlaps differ by S - p0 = sigma/y, and
 * (Qh, Ph) are the conjugates of (tau, sigma) scaled by y^2 and y. gt is the reference's own field: the
 * constraint that the reference is a solution becomes the quadratic penalty (a zero-temperature limit). The
 * physical coupling is gamma = -dS_I/dS = Gamma - alpha dG_E/dS, and dS_I/dd = 2 gamma.
 *
 * <p>Unknowns x = (q0, delta, tau, sigma, qh0, Dh, Qh, Ph, Gamma). The entropic expectation over wt is done in
 * closed form (the maximiser switches s at one point of the wt-line), leaving an even integral over z0 on the half
 * line with panels graded towards z0 = 0, where the switch is sharp. The energetic expectation over gt splits at
 * the point where the penalty becomes active: above it the integrand does not depend on gt (closed form), below
 * it a Gauss-Legendre rule is used; the penalised inner maximum solves the same monotone Mills equation as the
 * free one ({@link InnerMaxima#millsRoot}). The residual is the gradient of the action (envelope theorem).
 * Thread-safe.
 */
public final class DenseReference {
    public static final int DIM = 9;
    /** A slack solution is accepted when the first-order cost of the constraint is below this (the Newton tolerance). */
    public static final double SLACK_TOLERANCE = 1e-11;
    private static final double ZMAX = 10.0;
    private final Quadrature quad;
    private final double kappa;
    private final ConcurrentHashMap<String, GaussianRule> rules = new ConcurrentHashMap<>();

    /** @param quad numerical resolution */
    public DenseReference(Quadrature quad) {
        this(quad, 0);
    }

    /**
     * @param quad  numerical resolution
     * @param kappa margin of the reference and of the counted solutions (stability / sqrt(N) &gt; kappa), in
     *              [-2, 10]: the neighbours' factor becomes ln H(-(g + sqrt(delta) x - kappa)/sqrt(1-q0)) and the
     *              reference's penalty min(gt - kappa + (sigma/sqrt(delta)) x, 0)^2/(2b) (dense-reference.md 10)
     */
    public DenseReference(Quadrature quad, double kappa) {
        if (!(kappa >= Gardner.MIN_KAPPA && kappa <= 10)) {
            throw new IllegalArgumentException("kappa = " + kappa + " must be in [" + Gardner.MIN_KAPPA + ", 10]");
        }
        this.quad = quad;
        this.kappa = kappa;
    }

    /** @return the margin */
    public double kappa() {
        return kappa;
    }

    /** Default resolution. */
    public DenseReference() {
        this(Quadrature.defaults());
    }

    /** @return the resolution */
    public Quadrature quadrature() {
        return quad;
    }

    /**
     * Solves the saddle point at (alpha, d) from {@code start}. First the slack problem (the constraint switched off,
     * {@link #solveSlack}); if imposing the constraint would change S_I by less than {@link #SLACK_TOLERANCE} that
     * solution is returned (flagged {@code slack}); otherwise Newton on the full system, from {@code start} if it
     * lies in the domain, else from the slack solution completed with the reference conjugates it implies.
     *
     * @param alpha load, &gt; 0
     * @param d     distance between the reference and the counted solutions, in (0, 1/2)
     * @param start (q0, delta, tau, sigma, qh0, Dh, Qh, Ph, Gamma); only the first, second, fifth, sixth and last
     *              entries are used for the slack problem
     */
    public DenseReferenceSolution solve(double alpha, double d, double[] start) {
        checkParameters(alpha, d);
        DenseReferenceSolution slack = null;
        RuntimeException last = null;
        try {
            slack = solveSlack(alpha, d, start);
            if (slack.penalty() < SLACK_TOLERANCE) {
                return slack;
            }
        } catch (NonConvergenceException | ArithmeticException e) {
            // no slack solution (e.g. the unconstrained one is lost where gamma would turn negative): full system
            last = e;
        }
        if (admissible(start, 1 - 2 * d)) {
            try {
                return solveFull(alpha, d, start);
            } catch (NonConvergenceException | ArithmeticException e) {
                last = e;
            }
        }
        if (slack == null) {
            throw last;
        }
        double[] x = slack.orderParameters();
        Workspace ws = new Workspace(alpha, 1 - 2 * d, x);
        ws.evaluate(x);
        x[6] = 2 * alpha * ws.geTau;
        x[7] = alpha * ws.geSigma;
        if (admissible(x, 1 - 2 * d)) {
            return solveFull(alpha, d, x);
        }
        throw last != null ? last : new ArithmeticException("no admissible start for the constrained system at alpha="
                + alpha + ", d=" + d + " (implied reference conjugates " + x[6] + ", " + x[7] + ")");
    }

    /** Newton on the full nine-dimensional system from {@code start} (which must lie in the domain). */
    public DenseReferenceSolution solveFull(double alpha, double d, double[] start) {
        checkParameters(alpha, d);
        Workspace ws = new Workspace(alpha, 1 - 2 * d, start);
        String what = String.format("dense-reference saddle point at alpha=%g, d=%g", alpha, d);
        if (!admissible(start, 1 - 2 * d)) {
            throw new IllegalArgumentException(what + ": starting point " + Arrays.toString(start) + " is outside the domain");
        }
        SaddlePoint sp = SaddlePointSolver.defaults(ws.nodes()).withTolerance(1e-11).solve(new LogScaled(ws),
                toLog(start), what);
        return ws.observables(fromLog(sp.x()), sp.report());
    }

    /**
     * The slack problem: Qh = Ph = 0 and no penalty, i.e. the unconstrained y = infinity saddle point written at
     * fixed S (unknowns q0, delta, qh0, Dh, Gamma; the equations of docs/theory.md 3.3 Legendre-transformed). In the
     * limit Qh, Ph -&gt; 0 the reference susceptibilities take the closed forms tau = 2 G(0)/(T0 sqrt(qh0)), T0 =
     * tanh h_*(v = 0), and sigma = sqrt(2/pi)/sqrt(qh0) (the switch of the reference spin at z0 = 0 becomes sharp);
     * with them the returned solution carries the penalty that imposing the constraint would cost to first order.
     */
    public DenseReferenceSolution solveSlack(double alpha, double d, double[] start) {
        checkParameters(alpha, d);
        double s = 1 - 2 * d;
        double[] x9 = {start[0], start[1], 1, 0, start[4], start[5], 0, 0, start[8]};
        Workspace ws = new Workspace(alpha, s, x9, true);
        double[] f = new double[DIM];
        int[] rows = {0, 1, 4, 5, 8};
        StationaryProblem p = new StationaryProblem() {
            @Override
            public int dimension() {
                return 5;
            }

            @Override
            public void residual(double[] y, double[] out) {
                for (int i = 0; i < 5; i++) {
                    x9[rows[i]] = y[i];
                }
                ws.residual(x9, f);
                for (int i = 0; i < 5; i++) {
                    out[i] = f[rows[i]];
                }
            }

            @Override
            public boolean admissible(double[] y) {
                for (double v : y) {
                    if (!Double.isFinite(v)) {
                        return false;
                    }
                }
                return y[0] > s * s && y[0] < 1 && y[1] > 0 && y[2] > 0 && y[3] >= 0;
            }

            @Override
            public double scale(double[] y, int i) {
                return ws.scale(x9, rows[i]);
            }
        };
        double[] y0 = {start[0], start[1], start[4], start[5], start[8]};
        String what = String.format("dense-reference (slack) saddle point at alpha=%g, d=%g", alpha, d);
        SaddlePoint sp = SaddlePointSolver.defaults(ws.nodes()).withTolerance(1e-11).solve(p, y0, what);
        double[] y = sp.x();
        double sqh0 = Math.sqrt(y[2]);
        double t0 = GaussianFunctions.tanh(InnerMaxima.tanhOuterRoot(y[4], y[3]));
        double tau = 2 * GaussianFunctions.g(0) / (t0 * sqh0);
        double sigma = Math.sqrt(2 / Math.PI) / sqh0;
        double[] x = {y[0], y[1], tau, sigma, y[2], y[3], 0, 0, y[4]};
        DenseReferenceSolution sol = ws.observables(x, sp.report());
        if (!(tau - sigma * sigma / y[1] > 0)) {
            // the limiting reference field has no positive variance: the penalty is undefined, never slack
            return new DenseReferenceSolution(sol.alpha(), sol.distance(), sol.gamma(), sol.localEntropy(),
                    Double.POSITIVE_INFINITY, true, x, sp.report());
        }
        return sol;
    }

    /** x -&gt; (q0, delta, tau, sigma, qh0, Dh, ln Qh, rho = Ph/sqrt(Qh qh0), Gamma). */
    public static double[] toLog(double[] x) {
        double[] y = x.clone();
        y[6] = Math.log(x[6]);
        y[7] = x[7] / Math.sqrt(x[6] * x[4]);
        return y;
    }

    /** The inverse of {@link #toLog}. */
    public static double[] fromLog(double[] y) {
        double[] x = y.clone();
        x[6] = Math.exp(y[6]);
        x[7] = y[7] * Math.sqrt(x[6] * y[4]);
        return x;
    }

    /**
     * The same equations in the unknowns of {@link #toLog}: the reference conjugates (Qh, Ph) become exponentially
     * small as d decreases (the densest unconstrained reference is then a solution itself), so Newton works on
     * ln Qh and on the correlation rho, and their two rows are divided by Qh and sqrt(Qh qh0) (relative residuals).
     */
    private static final class LogScaled implements StationaryProblem {
        private final Workspace ws;

        LogScaled(Workspace ws) {
            this.ws = ws;
        }

        @Override
        public int dimension() {
            return DIM;
        }

        @Override
        public void residual(double[] y, double[] out) {
            double[] x = fromLog(y);
            ws.residual(x, out);
            out[6] /= x[6];
            out[7] /= Math.sqrt(x[6] * x[4]);
        }

        @Override
        public boolean admissible(double[] y) {
            return Math.abs(y[7]) < 1 && y[6] > -600 && y[6] < 50 && ws.admissible(fromLog(y));
        }

        @Override
        public boolean hasFixedPointForm() {
            return false;
        }

        @Override
        public double scale(double[] y, int i) {
            return switch (i) {
                case 6 -> 1.0;
                case 7 -> 0.01;
                default -> ws.scale(y, i);
            };
        }
    }

    /** The stationarity conditions at (alpha, d), with quadrature rules chosen once from {@code near}. */
    public StationaryProblem problem(double alpha, double d, double[] near) {
        return new Workspace(alpha, 1 - 2 * d, near);
    }

    /** The free entropy and observables at a given point (not necessarily stationary). */
    DenseReferenceSolution observables(double alpha, double d, double[] x, ConvergenceReport rep) {
        return new Workspace(alpha, 1 - 2 * d, x).observables(x, rep);
    }

    static void checkParameters(double alpha, double d) {
        Gardner.checkAlpha(alpha);
        if (!(alpha > 0)) {
            throw new IllegalArgumentException("alpha = " + alpha + " must be > 0 (at alpha = 0 S_I(d) = H2(d) exactly)");
        }
        DistanceTarget.checkDistance(d);
    }

    public static boolean admissible(double[] x, double s) {
        double q0 = x[0];
        double delta = x[1];
        double tau = x[2];
        double sigma = x[3];
        double qh0 = x[4];
        double dh = x[5];
        double qh = x[6];
        double ph = x[7];
        for (double v : x) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return q0 > s * s && q0 < 1 && delta > 0 && tau - sigma * sigma / delta > 0 && qh0 > 0 && dh >= 0
                && qh * qh0 - ph * ph > 0;
    }

    private GaussianRule rule(double lo, double hi, double first, double width) {
        return rules.computeIfAbsent(lo + ":" + hi + ":" + first + ":" + width,
                k -> GaussianRule.graded(lo, hi, first, width, quad.order()));
    }

    private final class Workspace implements StationaryProblem {
        final double alpha;
        final double s;
        final boolean slack;
        final GaussianRule entropicRule;
        final GaussianRule energeticRule;
        final double[][] gl;
        final double z1Width;
        final double[] ratio = new double[1];
        // entropic sums
        double gs;
        double gsQh0;
        double gsDh;
        double gsQh;
        double gsPh;
        double gsGamma;
        // energetic sums
        double ge;
        double geQ0;
        double geDelta;
        double geTau;
        double geSigma;
        double geS;
        double gePenalty;

        Workspace(double alpha, double s, double[] near) {
            this(alpha, s, near, false);
        }

        /** @param slack the reference constraint switched off (Qh = Ph = 0, no penalty): the unconstrained limit */
        Workspace(double alpha, double s, double[] near, boolean slack) {
            this.alpha = alpha;
            this.s = s;
            this.slack = slack;
            double sqh0 = Math.sqrt(Math.max(near[4], 1e-12));
            double width = quad.panelScale() * Math.min(1.0, GaussianRule.pow2Floor(1.0 / sqh0));
            // the switch of the reference spin at z0 = 0 has a width ~ t / (slope of the switching function)
            double t = Math.sqrt(Math.max(near[6] - near[7] * near[7] / Math.max(near[4], 1e-300), 0));
            double slope = sqh0 + Math.abs(near[7]) / sqh0 + 1e-300;
            double sharp = Math.pow(2, Math.floor(Math.log(Math.max(t / slope, 1e-40)) / Math.log(2)));
            double first = slack ? width : Math.min(width, quad.panelScale() * sharp);
            this.entropicRule = rule(0, ZMAX, first, width);
            double c = Math.sqrt(Math.max(1 - near[0], 1e-300));
            double scaleE = Math.min(1.0, GaussianRule.pow2Floor(c / Math.sqrt(Math.max(near[0], 1e-12))));
            this.energeticRule = rule(-ZMAX, ZMAX, quad.panelScale() * scaleE, quad.panelScale() * scaleE);
            this.gl = GaussianRule.legendre(quad.order());
            this.z1Width = quad.panelScale();
        }

        int nodes() {
            return entropicRule.size() + energeticRule.size();
        }

        @Override
        public int dimension() {
            return DIM;
        }

        @Override
        public boolean admissible(double[] x) {
            return DenseReference.admissible(x, s);
        }

        @Override
        public double scale(double[] x, int i) {
            return switch (i) {
                case 0 -> Math.min(0.1, 1 - x[0]);
                case 8, 3, 7 -> Math.max(1e-2, Math.abs(x[i]));
                default -> Math.max(1e-3, Math.abs(x[i]));
            };
        }

        @Override
        public void residual(double[] x, double[] out) {
            try {
                evaluate(x);
            } catch (ArithmeticException e) {
                // an inner maximum failed at a wild trial point: report a non-finite residual (the solver backtracks)
                Arrays.fill(out, Double.NaN);
                return;
            }
            double q0 = x[0];
            double delta = x[1];
            double qh0 = x[4];
            double dh = x[5];
            // fixed-point forms T(x) - x of the gradient equations
            out[0] = 2 * gsDh - q0; // dA/dDh = 0
            out[1] = 2 * gsQh0 - 1 + q0 - delta; // dA/dqh0 = 0
            out[2] = 2 * gsQh - x[2]; // dA/dQh = 0
            out[3] = gsPh - x[3]; // dA/dPh = 0
            out[4] = 2 * alpha * geDelta - qh0; // dA/ddelta = 0
            out[5] = qh0 + 2 * alpha * geQ0 - dh; // dA/dq0 = 0
            out[6] = 2 * alpha * geTau - x[6]; // dA/dtau = 0
            out[7] = alpha * geSigma - x[7]; // dA/dsigma = 0
            out[8] = gsGamma - s; // dA/dGamma = 0
        }

        void evaluate(double[] x) {
            entropic(x[4], x[5], x[6], x[7], x[8]);
            energetic(x[0], x[1], x[2], x[3]);
        }

        private void entropic(double qh0, double dh, double qh, double ph, double gamma) {
            double sqh0 = Math.sqrt(qh0);
            double p = ph / sqh0;
            double t = Math.sqrt(Math.max(qh - ph * ph / qh0, 0));
            gs = gsQh0 = gsDh = gsQh = gsPh = gsGamma = 0;
            for (int i = 0; i < entropicRule.size(); i++) {
                double z0 = entropicRule.node(i);
                double w = 2 * entropicRule.weight(i); // even integrands on the half line
                double v = sqh0 * z0;
                double ap = v + gamma;
                double am = v - gamma;
                double hp = InnerMaxima.tanhOuterRoot(ap, dh);
                double hm = InnerMaxima.tanhOuterRoot(am, dh);
                double tp = GaussianFunctions.tanh(hp);
                double tm = GaussianFunctions.tanh(hm);
                double mp = lnTwoCosh(hp) - 0.5 * dh * tp * tp;
                double mm = lnTwoCosh(hm) - 0.5 * dh * tm * tm;
                // s = +1 iff wt = p z0 + t z1 >= (mm - mp)/2, i.e. z1 >= zeta
                double num = 0.5 * (mm - mp) - p * z0;
                double pp;
                double pm;
                double phi;
                if (t > 0) {
                    double zeta = num / t;
                    pp = GaussianFunctions.h(zeta);
                    pm = GaussianFunctions.h(-zeta);
                    phi = GaussianFunctions.g(zeta);
                } else {
                    // a tie (Gamma = 0, no reference conjugates) is broken as in the limit Gamma -> 0+: s = sign(v)
                    pp = num <= 0 ? 1 : 0;
                    pm = 1 - pp;
                    phi = 0;
                }
                double et = pp * tp + pm * tm;
                double es = pp - pm;
                gs += w * (pp * mp + pm * mm + p * z0 * es + 2 * t * phi);
                gsGamma += w * (pp * tp - pm * tm);
                gsDh += w * 0.5 * (pp * tp * tp + pm * tm * tm);
                double phiOverT = t > 0 ? phi / t : 0;
                gsQh0 += w * (z0 * et / (2 * sqh0) - z0 * es * p / (2 * qh0) + phiOverT * ph * ph / (qh0 * qh0));
                gsQh += w * phiOverT;
                gsPh += w * (z0 * es / sqh0 - 2 * phiOverT * ph / qh0);
            }
        }

        private void energetic(double q0, double delta, double tau, double sigma) {
            double c = Math.sqrt(1 - q0);
            double sq0 = Math.sqrt(q0);
            double sd = Math.sqrt(delta);
            double k = delta / (c * c);
            double a = sigma / sd;
            double b = tau - sigma * sigma / delta;
            double kk = 1 + a * a / b;
            double m = s / sq0;
            double r = Math.sqrt(1 - s * s / q0);
            ge = geQ0 = geDelta = geTau = geSigma = geS = gePenalty = 0;
            for (int i = 0; i < energeticRule.size(); i++) {
                double z0 = energeticRule.node(i);
                double wz = energeticRule.weight(i);
                double w0 = (sq0 * z0 - kappa) / c;
                double wf = InnerMaxima.millsRoot(w0, k);
                double lhf = GaussianFunctions.lnHWithRatio(-wf, ratio);
                double rf = ratio[0];
                double xf = c * (wf - w0) / sd;
                // the penalty is inactive for gt + a xf >= 0, i.e. z1 >= z1c
                double z1c = (kappa - a * xf - m * z0) / r;
                // the free maximiser holds for every z1 without penalty (slack), else above z1c
                double wIn = slack ? wz : wz * GaussianFunctions.h(z1c);
                ge += wIn * (lhf - 0.5 * xf * xf);
                geQ0 += wIn * (rf * z0 / (2 * c * sq0) + rf * wf / (2 * c * c));
                geDelta += wIn * rf * xf / (2 * c * sd);
                if (slack) {
                    // record the first-order cost of the penalty E[min(gt + a xf, 0)^2]/(2b), gt + a xf ~ N(mu, r^2)
                    double mu = m * z0 + a * xf - kappa;
                    double e2 = (mu * mu + r * r) * GaussianFunctions.h(mu / r) - mu * r * GaussianFunctions.g(mu / r);
                    gePenalty += wz * 0.5 * e2 / b;
                    continue;
                }
                if (z1c <= -ZMAX) {
                    continue;
                }
                // active part: z1 in [-ZMAX, z1c]
                double hi = Math.min(z1c, ZMAX);
                int panels = Math.max(1, (int) Math.ceil((hi + ZMAX) / z1Width));
                double pw = (hi + ZMAX) / panels;
                for (int pn = 0; pn < panels; pn++) {
                    double mid = -ZMAX + (pn + 0.5) * pw;
                    for (int j = 0; j < gl[0].length; j++) {
                        double z1 = mid + 0.5 * pw * gl[0][j];
                        double w = wz * 0.5 * pw * gl[1][j] * GaussianFunctions.g(z1);
                        double gt = m * z0 + r * z1 - kappa; // the reference's field minus the margin
                        double w0a = w0 - a * gt * sd / (b * kk * c);
                        double wa = InnerMaxima.millsRoot(w0a, k / kk);
                        double lh = GaussianFunctions.lnHWithRatio(-wa, ratio);
                        double ra = ratio[0];
                        double xa = c * (wa - w0) / sd;
                        double e = Math.min(gt + a * xa, 0);
                        double e2 = e * e;
                        ge += w * (lh - 0.5 * xa * xa - 0.5 * e2 / b);
                        gePenalty += w * 0.5 * e2 / b;
                        geQ0 += w * (ra * z0 / (2 * c * sq0) + ra * wa / (2 * c * c)
                                - e / b * (-m * z0 / (2 * q0) + m * m * z1 / (2 * q0 * r)));
                        geDelta += w * (ra * xa / (2 * c * sd) + e * xa * a / (2 * b * delta) + e2 * a * a / (2 * b * b * delta));
                        geTau += w * e2 / (2 * b * b);
                        geSigma += w * (-e * xa / (b * sd) - e2 * a / (b * b * sd));
                        geS += w * (-e / b) * (z0 / sq0 - s * z1 / (q0 * r));
                    }
                }
            }
        }

        DenseReferenceSolution observables(double[] x, ConvergenceReport rep) {
            evaluate(x);
            double q0 = x[0];
            double delta = x[1];
            double tau = x[2];
            double sigma = x[3];
            double qh0 = x[4];
            double dh = x[5];
            double qh = x[6];
            double ph = x[7];
            double big = x[8];
            double value = -0.5 * qh0 * (1 - q0 + delta) - 0.5 * dh * q0 - 0.5 * qh * tau - ph * sigma - big * s + gs
                    + alpha * ge;
            double gamma = big - alpha * geS;
            if (!Double.isFinite(value) || !Double.isFinite(gamma)) {
                throw new ArithmeticException("non-finite dense-reference observable at " + Arrays.toString(x));
            }
            return new DenseReferenceSolution(alpha, (1 - s) / 2, gamma, value, alpha * gePenalty, slack, x.clone(), rep);
        }
    }
}
