package org.robustensemble.analytic.typical;

import static org.robustensemble.analytic.gauss.GaussianFunctions.lnTwoCosh;

import java.util.ArrayList;
import java.util.List;

import org.robustensemble.analytic.curve.Sweep;
import org.robustensemble.analytic.gardner.Gardner;
import org.robustensemble.analytic.gardner.GardnerSolution;
import org.robustensemble.analytic.gauss.GaussianRule;
import org.robustensemble.analytic.gauss.Quadrature;
import org.robustensemble.analytic.gauss.TruncatedRule;
import org.robustensemble.analytic.model.PatternFactor;
import org.robustensemble.analytic.saddle.DistanceTarget;
import org.robustensemble.analytic.saddle.NonConvergenceException;
import org.robustensemble.analytic.saddle.SaddlePoint;
import org.robustensemble.analytic.saddle.SaddlePointSolver;
import org.robustensemble.analytic.saddle.StationaryProblem;

/**
 * Franz-Parisi potential of the binary perceptron, RS, beta = infinity, zero margin (Huang and Kabashima, PRE 90,
 * 052813 (2014); docs/theory.md section 7). The reference is a typical solution (Gardner saddle point Q, Qh at the
 * same alpha); the counted solutions sit at overlap p = 1 - 2d from it:
 * <pre>
 *  S_FP(p) = extr [ th t - ph p - qh1 (1 - q1)/2 + G_S + alpha G_E ]
 *  G_S = E_{z,u} sum_A [e^{A sqrt(Qh) z} / 2cosh(sqrt(Qh) z)] ln 2cosh( th z/sqrt(Qh) + sqrt(qh1 - th^2/Qh) u + (ph - th) A )
 *  G_E = E_z0 [1/H(eta0)] E_v H((eta0 - rho v)/sqrt(1 - rho^2)) ln H( -(a z0 + sig v)/sqrt(1 - q1) )
 *      = E_z0 E_{s | s &gt; eta0} E_w ln H( -(a z0 + b s + sqrt(sig^2 - b^2) w)/sqrt(1 - q1) )   (rotated form used)
 *  eta0 = -sqrt(Q/(1-Q)) z0, a = t/sqrt(Q), b = (p - t)/sqrt(1 - Q), sig^2 = q1 - t^2/Q, rho = b/sig.
 * </pre>
 * The rotated form has no step function in its integrand (the original one tends to a step as rho -&gt; 1, i.e.
 * near p = Q), so products of Gauss-Hermite rules and a truncated-normal rule ({@link TruncatedRule}) converge
 * geometrically. The stationarity conditions (gradient in (t, q1, th, qh1, ph)) are analytic, by Gaussian
 * integration by parts, and solved by Newton in the coordinates (t, ln g1, th, ln g2, ph), g1 = q1 - t^2/Q - b^2,
 * g2 = qh1 - th^2/Qh: both gaps vanish at p = Q, so the solution near d* approaches the boundary of the domain,
 * which these coordinates keep at infinity. Exact check: at p = Q the solution is t = q1 = Q, th = qh1 = ph = Qh
 * and S_FP = s_G (returned in closed form there). The curve is continued from d* in steps of at most 0.01 in d;
 * a distance where Newton finds no RS solution is reported as such by {@link #curve} (a null entry).
 *
 * <p>Margin and temperature (docs/theory.md 3.5; {@link PatternFactor}): both constraints get the margin kappa and
 * the temperature. The reference is drawn from the Gardner measure at the same (kappa, beta) (so Q, Qh are that
 * saddle point); its own field s is then distributed as N(0,1) tilted by e^-beta + (1 - e^-beta) theta(s - eta0),
 * eta0 = (kappa - sqrt(Q) z0)/sqrt(1-Q): a mixture of the truncated normal (weight (1 - e^-beta) H(eta0)/H_beta)
 * and the full normal (weight e^-beta/H_beta). The counted solutions' factor ln H becomes
 * ln H_beta((kappa - X)/c), and the gradient keeps its form with R_beta and X - kappa (integration by parts does
 * not see the distribution of s, and H_beta solves the same heat equation as H). Exact check unchanged: at
 * p = Q, S_FP = s_G(alpha; kappa, beta).
 */
public final class FranzParisi {
    private final GaussianRule rule;
    private final GaussianRule small;
    private final GaussianRule violated;
    private final Gardner gardner;
    private final Quadrature quad;
    private final PatternFactor factor;
    /** The reference's constraint (margin kappaRef; the same as {@link #factor} unless constructed with two margins). */
    private final PatternFactor refFactor;

    /** @param quad resolution: its Hermite node count / 2 is used per dimension of the 2-D products */
    public FranzParisi(Quadrature quad) {
        this(quad, 0, Double.POSITIVE_INFINITY);
    }

    /**
     * @param quad  resolution: its Hermite node count / 2 is used per dimension of the 2-D products
     * @param kappa margin of both the reference and the counted solutions, in [-2, 10]
     * @param beta  inverse temperature of both, &gt; 0, or {@link Double#POSITIVE_INFINITY}
     */
    public FranzParisi(Quadrature quad, double kappa, double beta) {
        this(quad, kappa, kappa, beta);
    }

    /**
     * Two margins: the reference is drawn uniformly among the solutions of margin {@code kappaRef} (the Gardner
     * measure at kappaRef), the counted solutions have margin {@code kappa}. With kappaRef &gt; kappa the reference is a
     * typical wide-margin solution: the local entropy around it probes the atypical, robust solutions (arXiv:2304.13871).
     * The p = Q closed form holds only for equal margins; otherwise a curve is reached by continuation in the counted
     * margin ({@link #curveFromEqualMargins}).
     *
     * @param kappaRef margin of the reference, in [-2, 10]
     * @param kappa    margin of the counted solutions, in [-2, 10]
     * @param beta     inverse temperature of both
     */
    public FranzParisi(Quadrature quad, double kappaRef, double kappa, double beta) {
        this.quad = quad;
        this.rule = GaussianRule.hermite(Math.max(16, quad.hermiteNodes() / 2));
        this.small = GaussianRule.hermite(Math.max(8, quad.hermiteNodes() / 8));
        this.violated = GaussianRule.hermite(Math.max(16, quad.hermiteNodes() / 4));
        this.gardner = new Gardner(quad, kappaRef, beta);
        this.factor = new PatternFactor(kappa, beta);
        this.refFactor = new PatternFactor(kappaRef, beta);
    }

    /**
     * Nodes and weights (summing to one) of the reference's own field s at outer node z0: N(0,1) tilted by
     * e^-beta + (1 - e^-beta) theta(s - eta0) (the truncated normal alone at beta = infinity).
     */
    private double[][] referenceField(double z0, double qq) {
        double eta0 = refFactor.kappa() / Math.sqrt(1 - qq) - Math.sqrt(qq / (1 - qq)) * z0;
        TruncatedRule tr = TruncatedRule.above(eta0, quad.order());
        int nt = tr.size();
        boolean mixed = !refFactor.zeroTemperature();
        int n = mixed ? nt + violated.size() : nt;
        double[] nodes = new double[n];
        double[] weights = new double[n];
        double pt = refFactor.satisfiedShare(eta0);
        for (int j = 0; j < nt; j++) {
            nodes[j] = tr.node(j);
            weights[j] = mixed ? pt * tr.weight(j) : tr.weight(j);
        }
        if (mixed) {
            double pv = refFactor.violatedShare(eta0);
            for (int j = 0; j < violated.size(); j++) {
                nodes[nt + j] = violated.node(j);
                weights[nt + j] = pv * violated.weight(j);
            }
        }
        return new double[][] {nodes, weights};
    }

    /** Default resolution. */
    public FranzParisi() {
        this(Quadrature.defaults());
    }

    /** @return the outer Gauss-Hermite rule of the 2-D products (the z and u rules of the entropic term) */
    GaussianRule outerRule() {
        return rule;
    }

    /**
     * The energetic term G_E (rotated form) at the normalised overlaps: qq the reference-reference overlap, p the
     * reference-solution overlap, t the solution-other reference overlap, q1 the solution-solution overlap (all in
     * units where every configuration has self-overlap 1). It has no step function in it (the original v-integrand
     * tends to one as rho -&gt; 1, i.e. near p = Q), so Gauss rules converge geometrically:
     * G_E = E_z0 E_{s | s &gt; eta0} E_w' ln H(-(a z0 + b s + sig_perp w')/c), sig_perp^2 = q1 - t^2/Q - b^2.
     */
    double energetic(double qq, double p, double t, double q1) {
        double a = t / Math.sqrt(qq);
        double b = (p - t) / Math.sqrt(1 - qq);
        double sp = Math.sqrt(Math.max(0, q1 - t * t / qq - b * b));
        double c = Math.sqrt(1 - q1);
        double kappa = factor.kappa();
        double s = 0;
        for (int i = 0; i < rule.size(); i++) {
            double z0 = rule.node(i);
            double[][] tr = referenceField(z0, qq);
            double inner = 0;
            for (int j = 0; j < tr[0].length; j++) {
                double base = a * z0 + b * tr[0][j] - kappa;
                double e = 0;
                for (int m = 0; m < small.size(); m++) {
                    e += small.weight(m) * factor.lnH(-(base + sp * small.node(m)) / c);
                }
                inner += tr[1][j] * e;
            }
            s += rule.weight(i) * inner;
        }
        return s;
    }

    /**
     * The derivatives dG_E/dt and dG_E/dq1 (into out[0], out[1]) at the same normalised overlaps as
     * {@link #energetic}, analytic: Gaussian integration by parts turns the derivatives in the noise variances into
     * averages of second derivatives.
     */
    void energeticGradient(double qq, double p, double t, double q1, double[] out) {
        double a = t / Math.sqrt(qq);
        double b = (p - t) / Math.sqrt(1 - qq);
        double sp = Math.sqrt(Math.max(0, q1 - t * t / qq - b * b));
        double c = Math.sqrt(1 - q1);
        double kappa = factor.kappa();
        double eLxDt = 0;
        double eLxx = 0;
        double eRX = 0;
        double[] ratio = new double[1];
        for (int i = 0; i < rule.size(); i++) {
            double z0 = rule.node(i);
            double[][] tr = referenceField(z0, qq);
            for (int j = 0; j < tr[0].length; j++) {
                double sv = tr[0][j];
                double base = a * z0 + b * sv;
                double dxdt = z0 / Math.sqrt(qq) - sv / Math.sqrt(1 - qq);
                for (int m = 0; m < small.size(); m++) {
                    double w = rule.weight(i) * tr[1][j] * small.weight(m);
                    double xx = base + sp * small.node(m) - kappa; // X - kappa
                    factor.lnHWithRatio(-xx / c, ratio);
                    double r = ratio[0]; // R_beta: (1 - e^-beta) G(X/c)/H_beta(-X/c)
                    eLxDt += w * r / c * dxdt;
                    eLxx += w * (-r * (r + xx / c) / (c * c));
                    eRX += w * r * xx / (2 * c * c * c);
                }
            }
        }
        double dSp2dT = -2 * t / qq + 2 * b / Math.sqrt(1 - qq);
        out[0] = eLxDt + 0.5 * dSp2dT * eLxx;
        out[1] = 0.5 * eLxx + eRX;
    }

    /** The free-entropy function at fixed (alpha, p) with the reference's (Q, Qh). */
    private final class Potential {
        final double alpha;
        final double p;
        final double qq;
        final double qqh;
        final double[] de = new double[2];

        Potential(double alpha, double p, GardnerSolution g) {
            this.alpha = alpha;
            this.p = p;
            this.qq = g.q();
            this.qqh = g.qHat();
        }

        double value(double[] x) {
            double t = x[0];
            double q1 = x[1];
            double th = x[2];
            double qh1 = x[3];
            double ph = x[4];
            return th * t - ph * p - 0.5 * qh1 * (1 - q1) + entropic(th, qh1, ph) + alpha * energetic(qq, p, t, q1);
        }

        /**
         * The stationarity conditions (gradient of the potential in (t, q1, th, qh1, ph)), analytic: Gaussian
         * integration by parts turns the derivatives in the noise variances into averages of second derivatives.
         */
        void gradient(double[] x, double[] out) {
            double t = x[0];
            double q1 = x[1];
            double th = x[2];
            double qh1 = x[3];
            double ph = x[4];
            // entropic part
            double sq = Math.sqrt(qqh);
            double cz = th / sq;
            double cu = Math.sqrt(Math.max(0, qh1 - th * th / qqh));
            double shift = ph - th;
            double eAt = 0;
            double eSech = 0;
            double eTz = 0;
            for (int i = 0; i < rule.size(); i++) {
                double z = rule.node(i);
                double wp = 1.0 / (1.0 + Math.exp(-2 * sq * z));
                double wm = 1.0 - wp;
                for (int j = 0; j < rule.size(); j++) {
                    double w = rule.weight(i) * rule.weight(j);
                    double base = cz * z + cu * rule.node(j);
                    double tp = Math.tanh(base + shift);
                    double tm = Math.tanh(base - shift);
                    eAt += w * (wp * tp - wm * tm);
                    eSech += w * (wp * (1 - tp * tp) + wm * (1 - tm * tm));
                    eTz += w * (wp * tp + wm * tm) * z / sq;
                }
            }
            double dGsdPh = eAt;
            double dGsdQh1 = 0.5 * eSech;
            double dGsdTh = eTz - eAt - th / qqh * eSech;
            energeticGradient(qq, p, t, q1, de);
            out[0] = th + alpha * de[0];
            out[1] = 0.5 * qh1 + alpha * de[1];
            out[2] = t + dGsdTh;
            out[3] = -0.5 * (1 - q1) + dGsdQh1;
            out[4] = -p + dGsdPh;
        }

        double entropic(double th, double qh1, double ph) {
            double sq = Math.sqrt(qqh);
            double cz = th / sq;
            double cu = Math.sqrt(qh1 - th * th / qqh);
            double shift = ph - th;
            double s = 0;
            for (int i = 0; i < rule.size(); i++) {
                double z = rule.node(i);
                double wp = 1.0 / (1.0 + Math.exp(-2 * sq * z)); // e^{+sq z} / 2cosh(sq z)
                double wm = 1.0 - wp;
                double inner = 0;
                for (int j = 0; j < rule.size(); j++) {
                    double base = cz * z + cu * rule.node(j);
                    inner += rule.weight(j) * (wp * lnTwoCosh(base + shift) + wm * lnTwoCosh(base - shift));
                }
                s += rule.weight(i) * inner;
            }
            return s;
        }
    }

    /** Solves at load alpha and distance d from the starting point {@code start} (or the p = Q point if null). */
    public FranzParisiSolution solve(double alpha, double d, double[] start) {
        Saddle sd = saddle(alpha, d, start);
        return sd.exact != null ? sd.exact : sd.solve(null);
    }

    /**
     * The saddle-point problem at (alpha, d) from a start: the closed-form point at p = Q (equal margins), or the
     * stationarity conditions in the unknowns y = (t, ln g1, th, ln g2, ph) with their start.
     */
    private Saddle saddle(double alpha, double d, double[] start) {
        Gardner.checkAlpha(alpha);
        if (!(alpha > 0)) {
            throw new IllegalArgumentException("alpha = " + alpha + " must be > 0 for the Franz-Parisi potential");
        }
        DistanceTarget.checkDistance(d);
        GardnerSolution g = gardner.solve(alpha);
        double p = 1 - 2 * d;
        Potential pot = new Potential(alpha, p, g);
        double qq = g.q();
        double qqh = g.qHat();
        if (Math.abs(p - qq) < 1e-9 && refFactor.kappa() == factor.kappa()) {
            // the exact point: t = q1 = Q, th = qh1 = ph = Qh (sig = b = 0: evaluated in closed form)
            return new Saddle(alpha, d, pot, null, null, null, new FranzParisiSolution(alpha, d, g.entropy(), qq, qq,
                    qqh, qqh, qqh, new org.robustensemble.analytic.saddle.ConvergenceReport(0, 0, 1e-9, rule.size(),
                            "exact", true)));
        }
        double[] x0 = start != null ? start.clone()
                : new double[] {qq, qq + 2 * (p - qq) * (p - qq) / (1 - qq) + 1e-6, qqh, qqh * 1.01 + 1e-6, qqh};
        // unknowns y = (t, ln g1, th, ln g2, ph) with g1 = q1 - t^2/Q - b^2 >= 0 and g2 = qh1 - th^2/Qh >= 0: the
        // solution approaches that boundary as p -> Q, and in y it is an interior point; the equations stay the
        // gradient in the original variables (zero there iff zero in y)
        java.util.function.Function<double[], double[]> toX = yv -> {
            double bb = (p - yv[0]) / Math.sqrt(1 - qq);
            return new double[] {yv[0], yv[0] * yv[0] / qq + bb * bb + Math.exp(yv[1]), yv[2],
                yv[2] * yv[2] / qqh + Math.exp(yv[3]), yv[4]};
        };
        double b0 = (p - x0[0]) / Math.sqrt(1 - qq);
        double g1 = x0[1] - x0[0] * x0[0] / qq - b0 * b0;
        double g2 = x0[3] - x0[2] * x0[2] / qqh;
        // a start continued from a neighbouring distance is re-inflated away from the boundary g = 0, where the
        // equations are insensitive to ln g and Newton's first step would be ill-conditioned
        double[] y0 = {x0[0], Math.log(Math.max(g1, 1e-3)), x0[2], Math.log(Math.max(g2, 1e-3)), x0[4]};
        StationaryProblem grad = new StationaryProblem() {
            @Override
            public int dimension() {
                return 5;
            }

            @Override
            public void residual(double[] yv, double[] out) {
                pot.gradient(toX.apply(yv), out);
            }

            @Override
            public boolean admissible(double[] yv) {
                return Math.abs(yv[1]) < 700 && Math.abs(yv[3]) < 700 && toX.apply(yv)[1] < 1 && Double.isFinite(yv[4])
                        && Double.isFinite(yv[0]) && Double.isFinite(yv[2]);
            }

            @Override
            public boolean hasFixedPointForm() {
                return false;
            }

            @Override
            public double scale(double[] yv, int i) {
                return (i == 1 || i == 3) ? 1.0 : 0.1;
            }
        };
        return new Saddle(alpha, d, pot, grad, toX, y0, null);
    }

    /** One saddle-point problem of this potential: its equations and start, or its closed-form solution. */
    private final class Saddle {
        final double alpha;
        final double d;
        final Potential pot;
        final StationaryProblem grad;
        final java.util.function.Function<double[], double[]> toX;
        final double[] y0;
        final FranzParisiSolution exact;

        Saddle(double alpha, double d, Potential pot, StationaryProblem grad,
                java.util.function.Function<double[], double[]> toX, double[] y0, FranzParisiSolution exact) {
            this.alpha = alpha;
            this.d = d;
            this.pot = pot;
            this.grad = grad;
            this.toX = toX;
            this.y0 = y0;
            this.exact = exact;
        }

        SaddlePointSolver solver() {
            return new SaddlePointSolver(1e-10, 80, 1e-7, 0.5, rule.size() * rule.size());
        }

        /** Newton from y0, preceded by chord steps with the given Jacobian (null: Newton alone). */
        FranzParisiSolution solve(double[][] chord) {
            SaddlePoint sp = solver().solve(grad, y0, String.format("Franz-Parisi saddle point at alpha=%g, d=%g",
                    alpha, d), chord);
            double[] x = toX.apply(sp.x());
            return new FranzParisiSolution(alpha, d, pot.value(x), x[0], x[1], x[2], x[3], x[4], sp.report());
        }
    }

    /**
     * The resolution of the coarse path (Hermite nodes): the lattice walk to each distance runs on it, and only the
     * last step is solved at the full resolution, started from the coarse saddle point with the coarse Jacobian.
     */
    static final int COARSE_NODES = 32;

    /** The lattice spacing in d of the walk from d* (the steps of at most 0.01 of the original continuation). */
    static final double LATTICE = 0.01;

    private FranzParisi coarse;

    /** @return the same potential at the coarse resolution, or null when this one is not finer than it */
    private FranzParisi coarse() {
        if (coarse == null && quad.hermiteNodes() > COARSE_NODES) {
            coarse = new FranzParisi(new Quadrature(COARSE_NODES, quad.panelScale(), quad.order(), quad.kappa(),
                    quad.innerOrder()), refFactor.kappa(), factor.kappa(), factor.beta());
        }
        return coarse;
    }

    /**
     * The full-resolution saddle point at (alpha, d) from the coarse one there: the start is the coarse solution and
     * the first steps are chord steps with the coarse Jacobian at that start (one full residual each); Newton takes
     * over if they stall. The acceptance test is the full-resolution one (residual 1e-10).
     */
    FranzParisiSolution polish(FranzParisiSolution coarseSolution) {
        double alpha = coarseSolution.alpha();
        double d = coarseSolution.d();
        double[] start = coarseSolution.orderParameters();
        Saddle full = saddle(alpha, d, start);
        if (full.exact != null) {
            return full.exact;
        }
        Saddle low = coarse.saddle(alpha, d, start);
        double[][] jac = low.grad == null ? null : low.solver().jacobian(low.grad, full.y0);
        return full.solve(jac);
    }

    /**
     * The curve S_FP(d) on the given distances, continued from d* = (1 - q_G)/2 (where S_FP = s_G) downwards and
     * upwards. Each distance is reached the same way whatever else is asked: along the lattice d* +- k 0.01
     * ({@link Sweep}) on a coarse resolution ({@link #COARSE_NODES} Hermite nodes, the cheap part), then solved at
     * the full resolution from the coarse saddle point with quasi-Newton steps from the coarse Jacobian (residual
     * 1e-10, the same acceptance as a direct solve; where that fails, by the full-resolution continuation from d*).
     * A distance where no RS solution is found (the coarse branch ended on the way: two lattice nodes in a row
     * failed) gives {@code null} in the list.
     */
    public List<FranzParisiSolution> curve(double alpha, double[] ds) {
        checkBelowCapacity(alpha);
        DistanceTarget.checkDistances(ds);
        GardnerSolution g = gardner.solve(alpha);
        double dStar = (1 - g.q()) / 2;
        FranzParisi low = coarse();
        if (low == null) {
            return continued(dStar, ds, (d, start) -> solve(alpha, d, start), FranzParisiSolution::orderParameters, 0);
        }
        // the coarse curve along the lattice from its own d* (exact there), then each point at full resolution
        double lowStar = (1 - low.gardner.solve(alpha).q()) / 2;
        Sweep<FranzParisiSolution> path = new Sweep<>(low.sweepModel(alpha), low.solve(alpha, lowStar, null),
                Sweep.Lattice.uniform(lowStar, LATTICE), 0, 1);
        return polished(alpha, ds, path, d -> continued(dStar, new double[] {d}, (dd, start) -> solve(alpha, dd, start),
                FranzParisiSolution::orderParameters, 0).get(0));
    }

    /**
     * The curve for different margins of reference and counted solutions: the point at d0 = (1 - Q(kappaRef))/2 is
     * the exact equal-margin point, continued in the counted margin from kappaRef to kappa (steps of at most 0.05,
     * halved where Newton fails); from there the curve is continued in d as {@link #curve} does (on the coarse
     * resolution, a failed step split into up to 4 substeps; the branch ends at the first distance that still fails),
     * and each point polished at the full resolution.
     */
    public List<FranzParisiSolution> curveFromEqualMargins(double alpha, double[] ds) {
        checkBelowCapacity(alpha);
        DistanceTarget.checkDistances(ds);
        FranzParisi low = coarse();
        if (low == null) {
            FranzParisiSolution s0 = atEqualMarginPoint(alpha);
            double[] first = s0.orderParameters();
            return continued(s0.d(), ds, (d, start) -> solve(alpha, d, start != null ? start : first),
                    FranzParisiSolution::orderParameters, 2);
        }
        FranzParisiSolution c0 = low.atEqualMarginPoint(alpha);
        Sweep<FranzParisiSolution> path = new Sweep<>(low.sweepModel(alpha), c0,
                Sweep.Lattice.uniform(c0.d(), LATTICE), 2, 0);
        GardnerSolution g = gardner.solve(alpha);
        return polished(alpha, ds, path, d -> {
            FranzParisiSolution s0 = atEqualMarginPoint(alpha);
            double[] first = s0.orderParameters();
            return continued((1 - g.q()) / 2, new double[] {d}, (dd, start) -> solve(alpha, dd, start != null ? start
                    : first), FranzParisiSolution::orderParameters, 2).get(0);
        });
    }

    /**
     * The point at d0 = (1 - Q(kappaRef))/2 for the counted margin kappa: the exact equal-margin point there,
     * continued in the counted margin from kappaRef to kappa (steps of at most 0.05, halved where Newton fails).
     */
    private FranzParisiSolution atEqualMarginPoint(double alpha) {
        double kr = refFactor.kappa();
        GardnerSolution g = gardner.solve(alpha);
        double d0 = (1 - g.q()) / 2;
        double kc = factor.kappa();
        double beta = factor.beta();
        FranzParisiSolution s0 = new FranzParisi(quad, kr, kr, beta).solve(alpha, d0, null);
        double k = kr;
        double step = Math.min(0.05, Math.abs(kc - kr));
        while (k != kc && step > 0) {
            double kn = kc > k ? Math.min(kc, k + step) : Math.max(kc, k - step);
            try {
                s0 = new FranzParisi(quad, kr, kn, beta).solve(alpha, d0 + 1e-12, s0.orderParameters());
                k = kn;
                step = Math.min(0.05, step * 1.5);
            } catch (NonConvergenceException | ArithmeticException e) {
                step /= 2;
                if (step < 1e-5) {
                    throw e;
                }
            }
        }
        return s0;
    }

    /**
     * Refuses a load at or beyond the capacity alpha_c(kappaRef): there the reference (a typical solution of
     * margin kappaRef) does not exist, and the RS potential would still give numbers.
     */
    private void checkBelowCapacity(double alpha) {
        Gardner.checkAlpha(alpha);
        double alphaC = gardner.capacity(1e-6).alphaC();
        if (!(alpha < alphaC)) {
            throw new IllegalArgumentException(String.format("alpha = %s is at or beyond the capacity alpha_c = %.6f"
                    + " of the reference (margin %s): there are no typical solutions to count around", alpha, alphaC,
                    refFactor.kappa()));
        }
    }

    /** The sweep model of this potential at load alpha: each point from the last (no extrapolation). */
    private Sweep.Model<FranzParisiSolution> sweepModel(double alpha) {
        return new Sweep.Model<>() {
            @Override
            public FranzParisiSolution solve(double d, double[] start) {
                return FranzParisi.this.solve(alpha, d, start);
            }

            @Override
            public double[] unknowns(FranzParisiSolution s) {
                return s.orderParameters();
            }

            @Override
            public boolean admissible(double[] start) {
                return false; // no extrapolation: each node starts from the last one (the original schedule)
            }
        };
    }

    /**
     * Each distance from its coarse point on the path (null where the coarse path has none), polished at the full
     * resolution; where polishing fails, by {@code fallback}.
     */
    private List<FranzParisiSolution> polished(double alpha, double[] ds, Sweep<FranzParisiSolution> path,
            java.util.function.DoubleFunction<FranzParisiSolution> fallback) {
        List<FranzParisiSolution> out = new ArrayList<>(ds.length);
        for (double d : ds) {
            Sweep.Point<FranzParisiSolution> c = path.at(d);
            FranzParisiSolution s = null;
            if (c.converged()) {
                try {
                    s = polish(c.solution());
                } catch (NonConvergenceException | ArithmeticException e) {
                    // the coarse saddle point is not in the basin of the full one: the full-resolution path
                    s = fallback.apply(d);
                }
            }
            out.add(s);
        }
        return out;
    }

    /** A solver of one point of a Franz-Parisi curve, from a start (or the exact point at d* if null). */
    interface PointSolver<S> {
        S solve(double d, double[] start);
    }

    /**
     * Continuation of a Franz-Parisi curve from its maximum at dStar, downwards and upwards, each distance reached
     * from the previous one in steps of at most 0.01 in d (a step where Newton fails is split into 2, 4, ..,
     * 2^splits substeps: at small d the order parameters change fast); a distance where the solver still fails gives
     * {@code null}: with splits = 0 continuation goes on from the last good point, with splits &gt; 0 the remaining
     * distances of that branch (further from d*) are {@code null} too. Shared by the binary and multi-state
     * potentials (the binary curve uses splits = 0).
     */
    static <S> List<S> continued(double dStar, double[] ds, PointSolver<S> solver,
            java.util.function.Function<S, double[]> start, int splits) {
        List<S> res = new ArrayList<>(java.util.Collections.nCopies(ds.length, (S) null));
        Integer[] below = java.util.stream.IntStream.range(0, ds.length).filter(i -> ds[i] <= dStar).boxed()
                .sorted((i, j) -> Double.compare(ds[j], ds[i])).toArray(Integer[]::new);
        Integer[] above = java.util.stream.IntStream.range(0, ds.length).filter(i -> ds[i] > dStar).boxed()
                .sorted((i, j) -> Double.compare(ds[i], ds[j])).toArray(Integer[]::new);
        for (Integer[] branch : new Integer[][] {below, above}) {
            double[] x = null;
            double dPrev = dStar;
            for (int i : branch) {
                try {
                    // walk from the previous point in steps of at most 0.01 in d
                    double dTarget = ds[i];
                    int steps = (int) Math.ceil(Math.abs(dTarget - dPrev) / 0.01);
                    S s = null;
                    double dFrom = dPrev;
                    for (int k = 1; k <= Math.max(1, steps); k++) {
                        double dk = dPrev + (dTarget - dPrev) * k / Math.max(1, steps);
                        s = reach(solver, start, dFrom, dk, x, splits);
                        x = start.apply(s);
                        dFrom = dk;
                    }
                    res.set(i, s);
                    dPrev = dTarget;
                } catch (NonConvergenceException | ArithmeticException e) {
                    res.set(i, null);
                    if (splits > 0) {
                        // the split steps did not get there either: the RS branch has ended, and the distances
                        // further from d* are reported without solution rather than tried again (minutes each)
                        break;
                    }
                }
            }
        }
        return res;
    }

    /** Solves at {@code to} from the solution x at {@code from}, halving the step (depth times) where Newton fails. */
    private static <S> S reach(PointSolver<S> solver, java.util.function.Function<S, double[]> start, double from,
            double to, double[] x, int depth) {
        try {
            return solver.solve(to, x);
        } catch (NonConvergenceException | ArithmeticException e) {
            if (depth == 0 || x == null) {
                throw e;
            }
            double mid = (from + to) / 2;
            S half = reach(solver, start, from, mid, x, depth - 1);
            return reach(solver, start, mid, to, start.apply(half), depth - 1);
        }
    }

    /** @return the resolution */
    public Quadrature quadrature() {
        return quad;
    }
}
