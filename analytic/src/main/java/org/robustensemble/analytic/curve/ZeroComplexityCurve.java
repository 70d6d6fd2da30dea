package org.robustensemble.analytic.curve;

import java.util.Arrays;
import java.util.List;

import org.robustensemble.analytic.ensemble.RobustEnsemble;
import org.robustensemble.analytic.ensemble.RobustEnsembleSolution;
import org.robustensemble.analytic.gardner.Gardner;
import org.robustensemble.analytic.gauss.GaussianFunctions;
import org.robustensemble.analytic.gauss.Quadrature;
import org.robustensemble.analytic.saddle.Continuation;
import org.robustensemble.analytic.saddle.DistanceTarget;
import org.robustensemble.analytic.saddle.NonConvergenceException;
import org.robustensemble.analytic.saddle.SaddlePoint;
import org.robustensemble.analytic.saddle.SaddlePointSolver;
import org.robustensemble.analytic.saddle.StationaryProblem;

/**
 * The local-entropy curve of the dense regions that exist for a typical instance: at each distance d the number of
 * replicas y is the y* at which the external entropy vanishes, Sigma_ext(y*) = 0 (docs/theory.md 3.2: where the RS
 * references at larger y would have Sigma_ext &lt; 0 they do not exist, and the densest existing regions are those at
 * y*; the usual large-deviation prescription, the references' analogue of a frozen 1RSB step).
 *
 * <p>At fixed (alpha, d) the unknowns are the finite-y order parameters (q0, q1, qh0, qh1), the coupling gamma and y;
 * the equations are the stationarity conditions of docs/theory.md 3.2, S = 1 - 2d and Sigma_ext = phi - y Phi = 0. The
 * system is solved by Newton ({@link SaddlePointSolver}) and continued in d, downwards and then upwards, keeping at
 * each d the solution with the larger S_I (two Sigma_ext = 0 branches coexist above alpha ~ 0.78). Where
 * Sigma_ext stays positive up to {@code yMax} the point is reported as unbounded (y* &gt; yMax: the y = infinity
 * curve applies there).
 */
public final class ZeroComplexityCurve {
    private final RobustEnsemble finite;
    private final DenseRegionCurve curve;

    /** @param quad numerical resolution */
    public ZeroComplexityCurve(Quadrature quad) {
        this.finite = new RobustEnsemble(quad);
        this.curve = new DenseRegionCurve(quad);
    }

    /**
     * One point.
     *
     * @param alpha load
     * @param d     distance to the reference
     * @param y     y* (Sigma_ext = 0), or +infinity when Sigma_ext &gt; 0 up to yMax (then the other fields are NaN)
     * @param gamma coupling at (y*, d)
     * @param localEntropy S_I = Phi - gamma S at y*
     * @param binaryEntropy H2(d)
     * @param solution the finite-y solution at y* (null when unbounded or failed)
     * @param failure null, or why no point was found
     */
    public record Point(double alpha, double d, double y, double gamma, double localEntropy, double binaryEntropy,
            RobustEnsembleSolution solution, String failure) {
        /** @return whether y* was found */
        public boolean converged() {
            return failure == null && Double.isFinite(y);
        }
    }

    /**
     * @param alpha load &gt; 0
     * @param ds    distances in (0, 1/2), any order (returned in the same order)
     * @param yMax  the largest y searched for Sigma_ext = 0
     */
    public List<Point> compute(double alpha, double[] ds, double yMax) {
        List<Point> down = compute(alpha, ds, yMax, true);
        if (ds.length < 2) {
            return down;
        }
        // a second pass upwards in d: above alpha ~ 0.78 two Sigma_ext = 0 branches coexist over a range of d, and a
        // pass in one direction stays on the branch it started on; at each d the branch with the larger S_I is the
        // densest existing region (analytic/docs/dense-reference.md section 9)
        Integer[] idx = new Integer[ds.length];
        for (int i = 0; i < ds.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> Double.compare(ds[a], ds[b]));
        double[] asc = new double[ds.length];
        for (int i = 0; i < ds.length; i++) {
            asc[i] = ds[idx[i]];
        }
        List<Point> up = compute(alpha, asc, yMax, false);
        Point[] out = down.toArray(new Point[0]);
        for (int i = 0; i < ds.length; i++) {
            Point u = up.get(i);
            Point d = out[idx[i]];
            boolean better = u.converged() && (!d.converged() && d.failure() != null
                    || d.converged() && u.localEntropy() > d.localEntropy() + BRANCH_MARGIN);
            if (better) {
                out[idx[i]] = u;
            }
        }
        return List.of(out);
    }

    /**
     * As {@link #compute(double, double[], double)}; with {@code sorted} false the continuation follows the distances
     * in the order given (to follow a branch upwards in d, or to approach a fold from both sides).
     */
    public List<Point> compute(double alpha, double[] ds, double yMax, boolean sorted) {
        Gardner.checkAlpha(alpha);
        if (!(alpha > 0)) {
            throw new IllegalArgumentException("alpha = " + alpha + " must be > 0 (at alpha = 0 Sigma_ext > 0 for every y)");
        }
        if (!(yMax > 2) || Double.isInfinite(yMax)) {
            throw new IllegalArgumentException("yMax = " + yMax + " must be finite and > 2");
        }
        DistanceTarget.checkDistances(ds);
        Integer[] order = sorted ? Continuation.descending(ds)
                : java.util.stream.IntStream.range(0, ds.length).boxed().toArray(Integer[]::new);
        Point[] out = new Point[ds.length];
        double[] prev = null;
        double[] prev2 = null;
        double dPrev = Double.NaN;
        double dPrev2 = Double.NaN;
        for (int idx : order) {
            double d = ds[idx];
            try {
                double[] start = prev == null ? null
                        : Continuation.extrapolate(prev, dPrev, prev2, dPrev2, d, ZeroComplexityCurve::admissible);
                double[] x = null;
                if (start != null) {
                    try {
                        x = solve(alpha, d, start);
                    } catch (NonConvergenceException | ArithmeticException e) {
                        x = null;
                    }
                }
                if (x == null) {
                    start = startByLoad(alpha, d, yMax);
                    if (start == null) {
                        out[idx] = new Point(alpha, d, Double.POSITIVE_INFINITY, Double.NaN, Double.NaN,
                                GaussianFunctions.binaryEntropy(d), null, null);
                        prev = prev2 = null;
                        continue;
                    }
                    x = solve(alpha, d, start);
                }
                if (x[5] > yMax) {
                    out[idx] = new Point(alpha, d, Double.POSITIVE_INFINITY, Double.NaN, Double.NaN,
                            GaussianFunctions.binaryEntropy(d), null, null);
                    prev = prev2 = null;
                    continue;
                }
                RobustEnsembleSolution s = finite.observables(alpha, x[5], x[4], Arrays.copyOf(x, 4), null);
                out[idx] = new Point(alpha, d, x[5], x[4], s.localEntropy(), GaussianFunctions.binaryEntropy(d), s, null);
                prev2 = prev;
                dPrev2 = dPrev;
                prev = x;
                dPrev = d;
            } catch (NonConvergenceException | ArithmeticException e) {
                out[idx] = new Point(alpha, d, Double.NaN, Double.NaN, Double.NaN, GaussianFunctions.binaryEntropy(d),
                        null, e.getMessage());
            }
        }
        return List.of(out);
    }

    /**
     * The S_I advantage that makes the upward pass replace the downward one: on one branch the two agree to solver
     * precision (~1e-12), and the downward result is kept; distinct branches differ by ~1e-3 (alpha = 0.78).
     */
    static final double BRANCH_MARGIN = 1e-9;

    /** The load up to which the fixed-d start in y is found directly (above it, continuation in alpha). */
    static final double START_LOAD = 0.6;

    /**
     * A start at (alpha, d): found at min(alpha, START_LOAD) by {@link #bracket}, then continued in alpha at fixed d
     * (the fixed-gamma march from gamma = 0 meets spinodals at large alpha). Null if Sigma_ext &gt; 0 up to yMax.
     */
    private double[] startByLoad(double alpha, double d, double yMax) {
        double a = Math.min(alpha, START_LOAD);
        double[] b = bracket(a, d, yMax);
        if (b == null) {
            return null;
        }
        double[] x = solve(a, d, b);
        double[] xPrev = null;
        double aPrev = Double.NaN;
        double step = 0.01;
        while (a < alpha) {
            double an = Math.min(alpha, a + step);
            double[] st = Continuation.extrapolate(x, a, xPrev, aPrev, an, ZeroComplexityCurve::admissible);
            try {
                double[] xn = solve(an, d, st);
                xPrev = x;
                aPrev = a;
                x = xn;
                a = an;
                step = Math.min(0.02, step * 1.5);
            } catch (NonConvergenceException | ArithmeticException e) {
                step /= 2;
                if (step < 1e-4) {
                    throw e;
                }
            }
        }
        return x;
    }

    /**
     * A start for the augmented system at d: fixed-d solutions at y = 2, 4, 8, ... (steps shortened where Newton
     * fails) until Sigma_ext changes sign,
     * then linear interpolation in y; null if Sigma_ext &gt; 0 up to yMax.
     */
    private double[] bracket(double alpha, double d, double yMax) {
        DenseRegionCurve.Point p = curve.coldPoint(alpha, 2, d);
        if (!p.converged()) {
            throw new NonConvergenceException("no fixed-d saddle point at y = 2, d = " + d + ": " + p.failure(), p.report());
        }
        double y = 2;
        double[] x = withGammaAndY(p.finiteSolution(), 2);
        double sig = p.externalEntropy();
        if (sig < 0) {
            throw new ArithmeticException(String.format("Sigma_ext = %g < 0 already at y = 2, d = %g", sig, d));
        }
        double factor = 2;
        while (y < yMax) {
            double yn = Math.min(yMax, y * factor);
            double[] xn;
            try {
                xn = fixedD(alpha, yn, d, x);
            } catch (NonConvergenceException | ArithmeticException e) {
                factor = 1 + (factor - 1) / 2;
                if (factor < 1.01) {
                    throw e;
                }
                continue;
            }
            RobustEnsembleSolution s = finite.observables(alpha, yn, xn[4], Arrays.copyOf(xn, 4), null);
            double sn = s.externalEntropy();
            if (sn <= 0) {
                double f = sig / (sig - sn);
                double[] start = new double[6];
                for (int i = 0; i < 5; i++) {
                    start[i] = x[i] + f * (xn[i] - x[i]);
                }
                start[5] = y + f * (yn - y);
                return start;
            }
            x = withGammaAndY(s, yn);
            y = yn;
            sig = sn;
            factor = Math.min(2, 1 + (factor - 1) * 1.5);
        }
        return null;
    }

    private static double[] withGammaAndY(RobustEnsembleSolution s, double y) {
        double[] o = s.orderParameters();
        return new double[] {o[0], o[1], o[2], o[3], s.gamma(), y};
    }

    /** Fixed (y, d): (order parameters, gamma). */
    private double[] fixedD(double alpha, double y, double d, double[] near) {
        DistanceTarget p = new DistanceTarget((g, nr) -> finite.problem(alpha, y, g, nr), 4, d, near);
        SaddlePoint sp = SaddlePointSolver.defaults(0).withTolerance(1e-11).solve(p, Arrays.copyOf(near, 5),
                String.format("fixed-d robust ensemble at alpha=%g, y=%g, d=%g", alpha, y, d));
        return sp.x();
    }

    private double[] solve(double alpha, double d, double[] start) {
        Augmented p = new Augmented(alpha, d, start);
        SaddlePoint sp = SaddlePointSolver.defaults(0).withTolerance(1e-11).solve(p, start,
                String.format("Sigma_ext = 0 point at alpha=%g, d=%g", alpha, d));
        return sp.x();
    }

    private static boolean admissible(double[] x) {
        return x[4] >= 0 && x[5] >= 1 && Double.isFinite(x[5]) && RobustEnsemble.admissible(Arrays.copyOf(x, 4));
    }

    /** (q0, q1, qh0, qh1, gamma, y): stationarity, S - (1 - 2d), Sigma_ext. */
    private final class Augmented implements StationaryProblem {
        final double alpha;
        final double sTarget;
        final double[] near;
        final double[] inner = new double[4];
        final double[] f = new double[4];

        Augmented(double alpha, double d, double[] near) {
            this.alpha = alpha;
            this.sTarget = 1 - 2 * d;
            this.near = Arrays.copyOf(near, 4);
        }

        @Override
        public int dimension() {
            return 6;
        }

        @Override
        public void residual(double[] x, double[] out) {
            System.arraycopy(x, 0, inner, 0, 4);
            RobustEnsemble.ReferenceProblem p = finite.problem(alpha, x[5], x[4], near);
            p.residual(inner, f);
            System.arraycopy(f, 0, out, 0, 4);
            out[4] = p.lastOverlap() - sTarget;
            out[5] = p.lastExternalEntropy(inner);
        }

        @Override
        public boolean admissible(double[] x) {
            return ZeroComplexityCurve.admissible(x);
        }

        @Override
        public boolean hasFixedPointForm() {
            return false;
        }

        @Override
        public double scale(double[] x, int i) {
            if (i == 4) {
                return Math.max(0.1, Math.abs(x[4]));
            }
            if (i == 5) {
                return Math.max(1, x[5]);
            }
            return i < 2 ? Math.min(0.1, 1 - x[1]) : Math.max(1e-3, Math.abs(x[i]));
        }
    }
}
