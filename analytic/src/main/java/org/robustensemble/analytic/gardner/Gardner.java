package org.robustensemble.analytic.gardner;

import static org.robustensemble.analytic.gauss.GaussianFunctions.lnTwoCosh;

import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.exception.MathIllegalStateException;
import org.robustensemble.analytic.gauss.GaussianRule;
import org.robustensemble.analytic.gauss.Quadrature;
import org.robustensemble.analytic.model.PatternFactor;
import org.robustensemble.analytic.model.WeightSet;
import org.robustensemble.analytic.saddle.ConvergenceReport;
import org.robustensemble.analytic.saddle.NonConvergenceException;
import org.robustensemble.analytic.saddle.SaddlePoint;
import org.robustensemble.analytic.saddle.SaddlePointSolver;
import org.robustensemble.analytic.saddle.StationaryProblem;

/**
 * Gardner entropy of the binary perceptron with random labels, zero margin, RS (Gardner 1988; Krauth and
 * Mezard, J. Phys. France 50, 3057 (1989); docs/theory.md 3.1):
 * <pre>
 *   s_G(alpha) = extr_{q,qh} [ -qh (1-q)/2 + E_z ln 2cosh(sqrt(qh) z) + alpha E_z ln H(u) ],
 *   u = (kappa - sqrt(q) z)/sqrt(1-q),
 *   q = E tanh^2(sqrt(qh) z),   qh = alpha/(1-q) E [G(u)/H(u)]^2,
 * with the margin kappa (stabilities Delta/sqrt(N) &gt; kappa; Gardner 1988), kappa = 0 by default; negative margins
 * (kappa in [-2, 0), arXiv:2304.13871) enlarge the solution space, and alpha_c(kappa) keeps growing (29.99 at -2). At a
 * finite inverse temperature beta (energy = number of violated patterns) H(u) becomes
 * H_beta(u) = e^-beta + (1 - e^-beta) H(u) and G(u)/H(u) becomes (1 - e^-beta) G(u)/H_beta(u) (docs/theory.md 3.5);
 * the result is then the free entropy, which tends to s_G as beta -&gt; infinity and to ln 2 at beta = 0.
 * </pre>
 * Solved by Newton on these two conditions (Gauss-Hermite expectations). Thread-safe and immutable.
 *
 * <p><b>General weight sets</b> ({@link WeightSet}; PRE 93, 052313 (2016)): the self-overlap Q = (1/N) W.W is
 * an order parameter with conjugate rh, stabilities are normalised by sqrt(N Q), and only the entropic term
 * changes:
 * <pre>
 *   s_G = extr_{q,Q,qh,rh} [ -qh (Q - q)/2 + rh Q/2 + E_z ln sum_w exp(sqrt(qh) z w - rh w^2/2)
 *                            + alpha E_z ln H_beta((kappa - sqrt(m) z)/sqrt(1-m)) ],   m = q/Q,
 *   q = E &lt;w&gt;^2,  Q = E &lt;w^2&gt;,  qh = alpha rho(m)/Q,  rh = qh (1 - m),  rho(m) = E R_beta^2/(1-m)
 * </pre>
 * (angle brackets: the single-site measure at h = sqrt(qh) z; rho is the binary qh/alpha). For binary weights
 * w^2 = 1 makes Q = 1 and rh drop out, and the binary code path above is used unchanged for {-1, 1}. At alpha = 0
 * the entropy is ln |set|.
 */
public final class Gardner {
    /**
     * The most negative margin accepted: every solver (Gardner, capacity, RE at finite y and y = inf, dense curve,
     * Franz-Parisi) is verified down to it (extensions.md section 7); alpha_c(-2) = 29.99.
     */
    public static final double MIN_KAPPA = -2;

    /** The largest load the capacity search brackets (alpha_c(kappa = -3) is about 500). */
    static final double MAX_CAPACITY = 1e4;

    private final GaussianRule rule;
    private final SaddlePointSolver solver;
    private final double kappa;
    private final double beta;
    private final PatternFactor factor;
    private final WeightSet weights;

    /** @param quad resolution (its Gauss-Hermite node count is used) */
    public Gardner(Quadrature quad) {
        this(quad, 0);
    }

    /**
     * @param quad  resolution
     * @param kappa margin, in [{@link #MIN_KAPPA}, 10]
     */
    public Gardner(Quadrature quad, double kappa) {
        this(quad, kappa, Double.POSITIVE_INFINITY);
    }

    /**
     * @param quad  resolution
     * @param kappa margin, in [{@link #MIN_KAPPA}, 10]
     * @param beta  inverse temperature, &gt; 0 ({@link Double#POSITIVE_INFINITY}: only solutions count)
     */
    public Gardner(Quadrature quad, double kappa, double beta) {
        this(quad, kappa, beta, WeightSet.BINARY);
    }

    /**
     * @param quad    resolution
     * @param kappa   margin, in [{@link #MIN_KAPPA}, 10], in units of sqrt(N Q) (see {@link WeightSet})
     * @param beta    inverse temperature, &gt; 0 ({@link Double#POSITIVE_INFINITY}: only solutions count)
     * @param weights the weight set
     */
    public Gardner(Quadrature quad, double kappa, double beta, WeightSet weights) {
        if (!(kappa >= MIN_KAPPA && kappa <= 10)) {
            throw new IllegalArgumentException("kappa = " + kappa + " must be in [" + MIN_KAPPA + ", 10]"
                    + (kappa < MIN_KAPPA ? " (margins below " + MIN_KAPPA + " are not verified: at -3 the capacity is"
                            + " ~513 and the dense-region curve does not converge)" : ""));
        }
        if (!(beta > 0)) {
            throw new IllegalArgumentException("beta = " + beta + " must be > 0 (or infinity)");
        }
        this.beta = beta;
        this.factor = new PatternFactor(kappa, beta);
        this.weights = weights;
        this.rule = GaussianRule.hermite(quad.hermiteNodes());
        this.solver = SaddlePointSolver.defaults(rule.size()).withTolerance(1e-13);
        this.kappa = kappa;
    }

    /** @return the margin */
    public double kappa() {
        return kappa;
    }

    /** @return the inverse temperature */
    public double beta() {
        return beta;
    }

    /** Default resolution. */
    public Gardner() {
        this(Quadrature.defaults());
    }

    /** @return the weight set */
    public WeightSet weights() {
        return weights;
    }

    /** Solves at load alpha from a generic starting point. */
    public GardnerSolution solve(double alpha) {
        checkAlpha(alpha);
        double q0 = Math.min(0.6, 0.7 * alpha);
        if (!weights.equals(WeightSet.BINARY)) {
            // continuation in alpha from a small load, in steps of 0.1 (the generic start is good only there)
            double a = Math.min(alpha, 0.1);
            double qa = 0.7 * a;
            double qq = weights.meanSquare();
            double qh = a / (1 - qa) / qq;
            GardnerSolution s = solveGeneral(a, new double[] {qa * qq, qq, qh, qh * (1 - qa)});
            while (a < alpha) {
                a = Math.min(alpha, a + 0.1);
                s = solve(a, s);
            }
            return s;
        }
        if (kappa < 0 && alpha > 0.5) {
            // negative margins: alpha_c grows fast (3.79 at kappa = -1, ~500 at -3) while q stays moderate, and the
            // generic start is good only at moderate loads: continue geometrically in alpha from 0.5
            double a = 0.5;
            GardnerSolution s = solve(a, 0.35, a / 0.65);
            while (a < alpha) {
                a = Math.min(alpha, a * 1.25);
                s = solve(a, s);
            }
            return s;
        }
        return solve(alpha, q0, alpha / Math.max(1e-3, 1 - q0));
    }

    /** Solves at load alpha starting from a neighbouring solution (continuation), for any weight set. */
    public GardnerSolution solve(double alpha, GardnerSolution near) {
        if (near.alpha() == 0) {
            return solve(alpha);
        }
        if (!weights.equals(WeightSet.BINARY)) {
            checkAlpha(alpha);
            return solveGeneral(alpha, new double[] {near.q(), near.selfOverlap(), near.qHat(), near.selfConjugate()});
        }
        return solve(alpha, near.q(), near.qHat());
    }

    /** Solves at load alpha from the starting point (q, qHat) (continuation; binary weights). */
    public GardnerSolution solve(double alpha, double qStart, double qHatStart) {
        checkAlpha(alpha);
        if (!weights.equals(WeightSet.BINARY)) {
            double qq = weights.meanSquare();
            return solveGeneral(alpha, new double[] {qStart * qq, qq, qHatStart / qq, qHatStart / qq * (1 - qStart)});
        }
        if (alpha == 0) {
            // the only solution: no constraint, q = qh = 0, s = ln 2
            return new GardnerSolution(0, 0, 0, Math.log(2), new ConvergenceReport(0, 0, 0, rule.size(), "exact", true));
        }
        StationaryProblem p = new StationaryProblem() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public void residual(double[] x, double[] out) {
                double q = x[0];
                double qh = x[1];
                double sq = Math.sqrt(qh);
                double sqq = Math.sqrt(q);
                double c = Math.sqrt(1 - q);
                double eq = 0;
                double eqh = 0;
                for (int i = 0; i < rule.size(); i++) {
                    double z = rule.node(i);
                    double t = Math.tanh(sq * z);
                    double r = factor.ratio((kappa - sqq * z) / c);
                    eq += rule.weight(i) * t * t;
                    eqh += rule.weight(i) * r * r;
                }
                out[0] = eq - q;
                out[1] = alpha / (1 - q) * eqh - qh;
            }

            @Override
            public boolean admissible(double[] x) {
                return x[0] >= 0 && x[0] < 1 && x[1] >= 0;
            }
        };
        SaddlePoint sp = solver.solve(p, new double[] {qStart, qHatStart}, "Gardner saddle point at alpha=" + alpha);
        double q = sp.x()[0];
        double qh = sp.x()[1];
        return new GardnerSolution(alpha, q, qh, entropy(alpha, q, qh), sp.report());
    }

    /** The general weight-set saddle point, unknowns (q, Q, qh, rh). */
    private GardnerSolution solveGeneral(double alpha, double[] start) {
        if (alpha == 0) {
            return new GardnerSolution(0, 0, 0, Math.log(weights.size()),
                    new ConvergenceReport(0, 0, 0, rule.size(), "exact", true), weights.meanSquare(), 0);
        }
        StationaryProblem p = new StationaryProblem() {
            final double[] mom = new double[2];

            @Override
            public int dimension() {
                return 4;
            }

            @Override
            public void residual(double[] x, double[] out) {
                double q = x[0];
                double qq = x[1];
                double sq = Math.sqrt(x[2]);
                double m = q / qq;
                double sm = Math.sqrt(m);
                double c = Math.sqrt(1 - m);
                double ew = 0;
                double ew2 = 0;
                double er2 = 0;
                for (int i = 0; i < rule.size(); i++) {
                    double z = rule.node(i);
                    double wt = rule.weight(i);
                    weights.logPartition(sq * z, x[3], mom);
                    double r = factor.ratio((kappa - sm * z) / c);
                    ew += wt * mom[0] * mom[0];
                    ew2 += wt * mom[1];
                    er2 += wt * r * r;
                }
                out[0] = ew - q;
                out[1] = ew2 - qq;
                out[2] = alpha * er2 / ((1 - m) * qq) - x[2];
                out[3] = x[2] * (1 - m) - x[3];
            }

            @Override
            public boolean admissible(double[] x) {
                return x[1] > 0 && x[0] >= 0 && x[0] < x[1] && x[2] >= 0 && Double.isFinite(x[3]);
            }

            @Override
            public double scale(double[] x, int i) {
                return i < 2 ? Math.max(1e-3, Math.min(0.1 * x[1], x[1] - x[0])) : Math.max(1e-3, Math.abs(x[i]));
            }
        };
        SaddlePoint sp = solver.solve(p, start, "Gardner saddle point (weights " + weights + ") at alpha=" + alpha);
        double[] x = sp.x();
        return new GardnerSolution(alpha, x[0], x[2], entropyGeneral(alpha, x), sp.report(), x[1], x[3]);
    }

    private double entropyGeneral(double alpha, double[] x) {
        double q = x[0];
        double qq = x[1];
        double qh = x[2];
        double rh = x[3];
        double sq = Math.sqrt(qh);
        double m = q / qq;
        double sm = Math.sqrt(m);
        double c = Math.sqrt(1 - m);
        double[] mom = new double[2];
        double s = -0.5 * qh * (qq - q) + 0.5 * rh * qq;
        for (int i = 0; i < rule.size(); i++) {
            double z = rule.node(i);
            s += rule.weight(i) * (weights.logPartition(sq * z, rh, mom) + alpha * factor.lnH((kappa - sm * z) / c));
        }
        return s;
    }

    /** @return the Gardner free entropy at given order parameters (binary weights; stationary only at the saddle point) */
    public double entropy(double alpha, double q, double qh) {
        double sq = Math.sqrt(qh);
        double sqq = Math.sqrt(q);
        double c = Math.sqrt(1 - q);
        double s = -0.5 * qh * (1 - q);
        for (int i = 0; i < rule.size(); i++) {
            double z = rule.node(i);
            s += rule.weight(i) * (lnTwoCosh(sq * z) + alpha * factor.lnH((kappa - sqq * z) / c));
        }
        return s;
    }

    /**
     * The capacity alpha_c(kappa): the root of s_G(alpha) = 0 (Krauth-Mezard; docs/theory.md 3.1 gives 0.83308 at
     * kappa = 0); it decreases with the margin.
     *
     * @param tolerance absolute accuracy on alpha_c
     * @return the capacity and its report
     */
    public Capacity capacity(double tolerance) {
        // bracket by continuation upwards in alpha (steps 0.05), then Brent inside the bracket, each evaluation
        // continued from the nearest solved point
        double aLo = 0;
        GardnerSolution lo = solve(0);
        GardnerSolution hi = null;
        double step = 0.05;
        // up to alpha = 5 in steps of 0.05; beyond (negative margins: alpha_c(-1) = 3.79, alpha_c(-2) = 30) the bracket
        // grows geometrically; a failed step is halved
        double factor = 1.1;
        while (aLo < MAX_CAPACITY) {
            boolean linear = aLo < 5;
            double a = linear ? aLo + step : Math.min(MAX_CAPACITY, aLo * factor);
            GardnerSolution s;
            try {
                s = solve(a, lo);
            } catch (NonConvergenceException e) {
                if (linear) {
                    step /= 2;
                } else {
                    factor = 1 + (factor - 1) / 2;
                }
                if ((linear ? step : factor - 1) < 1e-4) {
                    throw e;
                }
                continue;
            }
            if (s.entropy() < 0) {
                hi = s;
                break;
            }
            lo = s;
            aLo = a;
        }
        if (hi == null) {
            throw new NonConvergenceException("capacity bracket (entropy still positive at alpha = " + MAX_CAPACITY + ")",
                    new ConvergenceReport(0, Double.NaN, tolerance, rule.size(), "bracket", false));
        }
        final GardnerSolution[] near = {lo};
        BracketingNthOrderBrentSolver brent = new BracketingNthOrderBrentSolver(1e-15, tolerance, 1e-15, 5);
        int[] evals = {0};
        try {
            double ac = brent.solve(100, a -> {
                evals[0]++;
                GardnerSolution s = solve(a, near[0]);
                near[0] = s;
                return s.entropy();
            }, aLo, hi.alpha());
            GardnerSolution at = solve(ac, near[0]);
            return new Capacity(ac, at, new ConvergenceReport(evals[0], Math.abs(at.entropy()), tolerance,
                    rule.size(), "brent", true));
        } catch (MathIllegalStateException e) {
            throw new NonConvergenceException("capacity root search",
                    new ConvergenceReport(evals[0], Double.NaN, tolerance, rule.size(), "brent", false));
        }
    }

    /**
     * The capacity with its saddle point there.
     *
     * @param alphaC the root of the Gardner entropy
     * @param at     the Gardner solution at alphaC
     * @param report root-search diagnostics (iterations = saddle solves)
     */
    public record Capacity(double alphaC, GardnerSolution at, ConvergenceReport report) {
    }

    public static void checkAlpha(double alpha) {
        if (!(alpha >= 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("alpha = " + alpha + " must be finite and >= 0");
        }
    }
}
