package org.robustensemble.analytic.curve;

import java.util.Arrays;
import java.util.List;

import org.robustensemble.analytic.ensemble.RobustEnsemble;
import org.robustensemble.analytic.ensemble.RobustEnsembleLimit;
import org.robustensemble.analytic.ensemble.RobustEnsembleLimitSolution;
import org.robustensemble.analytic.ensemble.RobustEnsembleSolution;
import org.robustensemble.analytic.gardner.Gardner;
import org.robustensemble.analytic.gauss.GaussianFunctions;
import org.robustensemble.analytic.gauss.Quadrature;
import org.robustensemble.analytic.saddle.Continuation;
import org.robustensemble.analytic.saddle.ConvergenceReport;
import org.robustensemble.analytic.saddle.DistanceTarget;
import org.robustensemble.analytic.saddle.NonConvergenceException;
import org.robustensemble.analytic.saddle.SaddlePoint;
import org.robustensemble.analytic.saddle.SaddlePointSolver;

/**
 * The local-entropy curve S_I(d) of the dense regions at fixed alpha: for each distance d the coupling gamma
 * with S = 1 - 2d is solved together with the order parameters (an augmented Newton system), at finite y
 * (robust ensemble, docs/theory.md 3.2) or y = infinity (3.3). Points are visited from large d (small gamma) to
 * small d, each starting from the previous solution extrapolated linearly in d; the first starts from a
 * gamma-continuation at gamma = atanh(1 - 2d) (the alpha = 0 relation). A distance where no saddle point
 * converges (the stiff regime of small d) gives a point with {@code converged() == false}, NaN values and the
 * solver's report; the sweep goes on from the last converged point.
 */
public final class DenseRegionCurve {
    private final RobustEnsemble finite;
    private final RobustEnsembleLimit limit;

    /** @param quad numerical resolution */
    public DenseRegionCurve(Quadrature quad) {
        this(quad, 0, Double.POSITIVE_INFINITY);
    }

    /**
     * @param quad  numerical resolution
     * @param kappa margin of the replicas' constraints (see {@link RobustEnsemble#RobustEnsemble(Quadrature,
     *              double, double)}), in [-2, 10]
     * @param beta  inverse temperature &gt; 0, or {@link Double#POSITIVE_INFINITY}
     */
    public DenseRegionCurve(Quadrature quad, double kappa, double beta) {
        this.finite = new RobustEnsemble(quad, kappa, beta);
        this.limit = new RobustEnsembleLimit(quad, kappa, beta);
    }

    /** Default resolution. */
    public DenseRegionCurve() {
        this(Quadrature.defaults());
    }

    private static Point failed(double alpha, double y, double d, RuntimeException e) {
        ConvergenceReport rep = e instanceof NonConvergenceException n ? n.report()
                : new ConvergenceReport(0, Double.NaN, 1e-11, 0, "newton", false);
        return new Point(alpha, y, d, Double.NaN, Double.NaN, GaussianFunctions.binaryEntropy(d), Double.NaN, null, null,
                rep, e.getMessage());
    }

    /**
     * One point of the curve.
     *
     * @param alpha   load
     * @param y       replicas (+infinity for the limit)
     * @param d       distance replica-reference
     * @param gamma   the coupling that gives d
     * @param localEntropy S_I(d)
     * @param binaryEntropy H2(d), the alpha = 0 bound
     * @param externalEntropy Sigma_ext (NaN at y = infinity, where it is not defined)
     * @param finiteSolution the full finite-y solution (null at y = infinity)
     * @param limitSolution  the full y = infinity solution (null at finite y)
     */
    public record Point(double alpha, double y, double d, double gamma, double localEntropy, double binaryEntropy,
            double externalEntropy, RobustEnsembleSolution finiteSolution, RobustEnsembleLimitSolution limitSolution,
            ConvergenceReport report, String failure) {

        /** @return whether the saddle point converged at this d (otherwise gamma and S_I are NaN, see failure) */
        public boolean converged() {
            return failure == null;
        }
    }

    /**
     * The ratio of the graded lattice of continuation nodes below the anchor ({@link Sweep.Lattice#graded}: spacing
     * 0.015 at d = 0.15, 0.002 at d = 0.02).
     */
    static final double LATTICE_RATIO = 0.9;

    /** The anchor, the cold start of every path, when it lies below the gamma = 0 distance. */
    static final double ANCHOR = 0.15;

    /**
     * Computes the curve on the requested distances (any order; returned in the same order). Each point is reached
     * along a graded lattice (ratio {@link #LATTICE_RATIO}) from a cold start at the anchor ({@link #ANCHOR}, or
     * the largest lattice node below 0.9 times the gamma = 0 distance), so its value or failure does not depend on
     * the other points requested ({@link Sweep}); a node that fails is skipped. A point above the anchor whose path
     * fails is tried from a cold start of its own.
     *
     * @param alpha load, &gt;= 0
     * @param y     replicas, &gt;= 1, or {@link Double#POSITIVE_INFINITY}
     * @param ds    distances in (0, 1/2)
     */
    public List<Point> compute(double alpha, double y, double[] ds) {
        check(alpha, y, ds);
        if (alpha == 0) {
            return Arrays.stream(ds).mapToObj(d -> zeroLoad(y, d)).toList();
        }
        double dMax = largestDistance(alpha, y);
        for (double d : ds) {
            checkReachable(alpha, d, dMax);
        }
        // the anchor: 0.15, or the largest node of the graded lattice from 0.15 below 0.9 dMax
        double anchor = ANCHOR;
        while (anchor > 0.9 * dMax) {
            anchor *= LATTICE_RATIO;
        }
        Sweep<SaddlePoint> path;
        try {
            path = new Sweep<>(sweepModel(alpha, y), coldSaddle(alpha, y, anchor),
                    Sweep.Lattice.graded(anchor, LATTICE_RATIO), 0, Integer.MAX_VALUE);
        } catch (NonConvergenceException | ArithmeticException e) {
            path = null; // no cold start at the anchor: each point from its own
        }
        Point[] out = new Point[ds.length];
        for (int i = 0; i < ds.length; i++) {
            double d = ds[i];
            Sweep.Point<SaddlePoint> sp = path == null ? null : path.at(d);
            if (sp != null && sp.converged()) {
                out[i] = point(alpha, y, d, sp.solution());
            } else if (path == null || d > anchor) {
                out[i] = coldPoint(alpha, y, d);
            } else {
                out[i] = failed(alpha, y, d, sp.failure());
            }
        }
        return List.of(out);
    }

    /**
     * One point from a cold start of its own (no neighbours): a march in gamma from the Gardner point (gamma = 0)
     * until S passes 1 - 2d, then the augmented Newton system (with a secant search on gamma as its fallback).
     */
    public Point coldPoint(double alpha, double y, double d) {
        check(alpha, y, new double[] {d});
        if (alpha == 0) {
            return zeroLoad(y, d);
        }
        try {
            return point(alpha, y, d, coldSaddle(alpha, y, d));
        } catch (NonConvergenceException | ArithmeticException e) {
            // the gamma march from the Gardner point failed (a spinodal on the way), or no saddle point from there
            return failed(alpha, y, d, e);
        }
    }

    private SaddlePoint coldSaddle(double alpha, double y, double d) {
        return solveOrSecant(alpha, y, d, bracketGamma(alpha, y, d));
    }

    private static void check(double alpha, double y, double[] ds) {
        Gardner.checkAlpha(alpha);
        if (!(y >= 1)) {
            throw new IllegalArgumentException("y = " + y + " must be >= 1 (or inf)");
        }
        DistanceTarget.checkDistances(ds);
    }

    /** The augmented Newton system from start; if it fails, the secant search on gamma from the same start. */
    private SaddlePoint solveOrSecant(double alpha, double y, double d, double[] start) {
        try {
            return solveAt(alpha, y, d, start);
        } catch (NonConvergenceException e) {
            // the augmented Newton system failed (stiff regime): fall back to a safeguarded secant search on
            // gamma with full fixed-gamma solves continued from the start
            return secantOnGamma(alpha, y, d, start, e);
        }
    }

    private Sweep.Model<SaddlePoint> sweepModel(double alpha, double y) {
        boolean inf = Double.isInfinite(y);
        return new Sweep.Model<>() {
            @Override
            public SaddlePoint solve(double d, double[] start) {
                return solveOrSecant(alpha, y, d, start);
            }

            @Override
            public double[] unknowns(SaddlePoint s) {
                return s.x();
            }

            @Override
            public boolean admissible(double[] start) {
                return admissibleStart(inf, start);
            }
        };
    }

    /** The distance at gamma = 0 (the largest on the curve). */
    private double largestDistance(double alpha, double y) {
        return (1 - overlapAtZeroCoupling(alpha, y)) / 2;
    }

    private double overlapAtZeroCoupling(double alpha, double y) {
        boolean inf = Double.isInfinite(y);
        double[] x = inf ? limit.solve(alpha, 0).orderParameters() : finite.solve(alpha, y, 0).orderParameters();
        return inf ? limit.observables(alpha, 0, x, null).overlap() : finite.observables(alpha, y, 0, x, null).overlap();
    }

    private static void checkReachable(double alpha, double d, double dMax) {
        if (d > dMax) {
            throw new IllegalArgumentException(String.format(
                    "d = %g is not reachable at alpha = %g: the largest distance (gamma = 0) is d = %.6f", d, alpha, dMax));
        }
    }

    private SaddlePoint solveAt(double alpha, double y, double d, double[] start) {
        boolean inf = Double.isInfinite(y);
        DistanceTarget.Family fam = inf ? (g, near) -> limit.problem(alpha, g, near)
                : (g, near) -> finite.problem(alpha, y, g, near);
        DistanceTarget p = new DistanceTarget(fam, 4, d, start);
        String what = String.format("dense-region curve at alpha=%g, y=%s, d=%g", alpha, inf ? "inf" : Double.toString(y), d);
        return SaddlePointSolver.defaults(0).withTolerance(1e-11).solve(p, start, what);
    }

    /**
     * A fixed-gamma solution: v = (order parameters, gamma, S) and its report.
     */
    private record FixedGamma(double[] v, ConvergenceReport report) {
        double gamma() {
            return v[4];
        }

        double overlap() {
            return v[5];
        }

        SaddlePoint asPoint() {
            return new SaddlePoint(Arrays.copyOf(v, 5), report);
        }
    }

    private FixedGamma solveFixed(double alpha, double y, double gamma, double[] near) {
        double[] op = Arrays.copyOf(near, 4);
        double[] o;
        double s;
        ConvergenceReport rep;
        if (Double.isInfinite(y)) {
            RobustEnsembleLimitSolution r = limit.solve(alpha, gamma, op);
            o = r.orderParameters();
            s = r.overlap();
            rep = r.report();
        } else {
            RobustEnsembleSolution r = finite.solve(alpha, y, gamma, op);
            o = r.orderParameters();
            s = r.overlap();
            rep = r.report();
        }
        return new FixedGamma(new double[] {o[0], o[1], o[2], o[3], gamma, s}, rep);
    }

    private SaddlePoint secantOnGamma(double alpha, double y, double d, double[] from, NonConvergenceException cause) {
        double sTarget = 1 - 2 * d;
        FixedGamma a = solveFixed(alpha, y, from[4], from);
        double step = 0.05 * Math.max(0.1, from[4]);
        FixedGamma b = null;
        // bracket: S increases with gamma
        for (int k = 0; k < 60; k++) {
            double g = a.gamma() + (a.overlap() < sTarget ? step : -step);
            if (g < 0) {
                g = 0;
            }
            FixedGamma c = solveFixed(alpha, y, g, a.v());
            if ((c.overlap() - sTarget) * (a.overlap() - sTarget) <= 0) {
                b = c;
                break;
            }
            a = c;
            step *= 1.5;
        }
        if (b == null) {
            throw cause;
        }
        for (int it = 0; it < 100; it++) {
            double f = (sTarget - a.overlap()) / (b.overlap() - a.overlap());
            f = Math.min(0.9, Math.max(0.1, f)); // safeguarded regula falsi
            double g = a.gamma() + f * (b.gamma() - a.gamma());
            double[] near = new double[4];
            for (int i = 0; i < 4; i++) {
                near[i] = a.v()[i] + f * (b.v()[i] - a.v()[i]);
            }
            FixedGamma c = solveFixed(alpha, y, g, near);
            if (Math.abs(c.overlap() - sTarget) < 1e-11) {
                return c.asPoint();
            }
            if ((c.overlap() - sTarget) * (a.overlap() - sTarget) <= 0) {
                b = c;
            } else {
                a = c;
            }
            if (Math.abs(b.gamma() - a.gamma()) < 1e-14 * Math.max(1, a.gamma())) {
                return c.asPoint();
            }
        }
        throw cause;
    }

    private Point point(double alpha, double y, double d, SaddlePoint sol) {
        double[] x = sol.x();
        double gamma = x[4];
        double[] op = Arrays.copyOf(x, 4);
        double h2 = GaussianFunctions.binaryEntropy(d);
        if (Double.isInfinite(y)) {
            RobustEnsembleLimitSolution s = limit.observables(alpha, gamma, op, sol.report());
            return new Point(alpha, y, d, gamma, s.localEntropy(), h2, Double.NaN, null, s, s.report(), null);
        }
        RobustEnsembleSolution s = finite.observables(alpha, y, gamma, op, sol.report());
        return new Point(alpha, y, d, gamma, s.localEntropy(), h2, s.externalEntropy(), s, null, s.report(), null);
    }

    private Point zeroLoad(double y, double d) {
        double g = atanh(1 - 2 * d);
        if (Double.isInfinite(y)) {
            RobustEnsembleLimitSolution s = limit.solve(0, g);
            return new Point(0, y, d, g, s.localEntropy(), GaussianFunctions.binaryEntropy(d), Double.NaN, null, s, s.report(), null);
        }
        RobustEnsembleSolution s = finite.solve(0, y, g);
        return new Point(0, y, d, g, s.localEntropy(), GaussianFunctions.binaryEntropy(d), s.externalEntropy(), s, null, s.report(), null);
    }

    /**
     * Marches gamma up from 0 (exact start) with full saddle-point solves until S(gamma) passes 1 - 2d, then
     * interpolates linearly: a safe starting point for the augmented Newton system.
     */
    private double[] bracketGamma(double alpha, double y, double d) {
        boolean inf = Double.isInfinite(y);
        double sTarget = 1 - 2 * d;
        double g = 0;
        double[] x = inf ? limit.solve(alpha, 0).orderParameters() : finite.solve(alpha, y, 0).orderParameters();
        double s = inf ? limit.observables(alpha, 0, x, null).overlap() : finite.observables(alpha, y, 0, x, null).overlap();
        checkReachable(alpha, d, (1 - s) / 2);
        double step = 0.1;
        while (true) {
            double gn = g + step;
            double[] xn;
            double sn;
            if (inf) {
                RobustEnsembleLimitSolution r = limit.solve(alpha, gn, x);
                xn = r.orderParameters();
                sn = r.overlap();
            } else {
                RobustEnsembleSolution r = finite.solve(alpha, y, gn, x);
                xn = r.orderParameters();
                sn = r.overlap();
            }
            if (sn >= sTarget) {
                double f = (sTarget - s) / (sn - s);
                double[] start = new double[5];
                for (int i = 0; i < 4; i++) {
                    start[i] = x[i] + f * (xn[i] - x[i]);
                }
                start[4] = g + f * step;
                return start;
            }
            g = gn;
            x = xn;
            s = sn;
            step = Math.min(2 * step, 0.5);
            if (g > 50) {
                throw new IllegalArgumentException("d = " + d + " not reached for gamma up to 50 at alpha = " + alpha);
            }
        }
    }

    private static boolean admissibleStart(boolean inf, double[] x) {
        double[] op = Arrays.copyOf(x, 4);
        return x[4] >= 0 && (inf ? RobustEnsembleLimit.admissible(op) : RobustEnsemble.admissible(op));
    }

    private static double[] withGamma(double[] op, double g) {
        double[] x = Arrays.copyOf(op, 5);
        x[4] = g;
        return x;
    }

    /** @return the inverse hyperbolic tangent of x in (-1, 1) */
    public static double atanh(double x) {
        return 0.5 * Math.log((1 + x) / (1 - x));
    }

}
