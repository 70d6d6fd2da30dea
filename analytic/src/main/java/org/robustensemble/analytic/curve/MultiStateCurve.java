package org.robustensemble.analytic.curve;

import java.util.Arrays;
import java.util.List;

import org.robustensemble.analytic.ensemble.CoupledEnsemble;
import org.robustensemble.analytic.gardner.Gardner;
import org.robustensemble.analytic.saddle.Continuation;
import org.robustensemble.analytic.saddle.ConvergenceReport;
import org.robustensemble.analytic.saddle.DistanceTarget;
import org.robustensemble.analytic.saddle.NonConvergenceException;
import org.robustensemble.analytic.saddle.SaddlePoint;
import org.robustensemble.analytic.saddle.SaddlePointSolver;

/**
 * The dense-region curve S_I(d) for multi-state weights (finite y or y = infinity): for each d the gamma with
 * d(gamma) = d, d = (1 - S/sqrt(Q Qref))/2, solved together with the six order parameters (augmented Newton,
 * {@link DistanceTarget}), continued along a lattice in d ({@link Sweep}; linear extrapolation in d; if Newton
 * fails, the step is split into 2, 4, 8 substeps) from a cold start found by a gamma sweep that brackets d.
 */
public final class MultiStateCurve {
    private MultiStateCurve() {
    }

    /**
     * One point.
     *
     * @param d               the distance
     * @param solution        the saddle point at the gamma giving d (null if none converged)
     * @param zeroLoadEntropy the alpha = 0, y = infinity local entropy at the same d (for binary weights H2(d), an
     *                        upper bound; for weight sets not a strict bound, since Q and Qref in d change with alpha)
     * @param failure         why no saddle point was found (null if converged)
     * @param <S>             the solution type
     */
    public record Point<S>(double d, S solution, double zeroLoadEntropy, String failure) {
    }

    /**
     * The curve on the requested distances (any order; returned in the same order). Each point is reached along
     * the graded lattice of {@link DenseRegionCurve} from a cold start at its anchor (0.15, or the largest node below
     * 0.9 times the gamma = 0 distance; {@link Sweep}), a failed step split into up to 8 substeps and a failed node
     * skipped, so a point's value or failure does not depend on the other points requested. A point above the
     * anchor whose path fails is tried from a cold start of its own.
     */
    public static <S extends CoupledEnsemble.Solved> List<Point<S>> compute(CoupledEnsemble<S> m, double alpha, double[] ds) {
        Gardner.checkAlpha(alpha);
        DistanceTarget.checkDistances(ds);
        @SuppressWarnings("unchecked")
        Point<S>[] out = new Point[ds.length];
        S exact0 = alpha == 0 ? m.atZeroLoad(ds.length > 0 ? ds[0] : 0.25) : null;
        if (exact0 != null) {
            for (int i = 0; i < ds.length; i++) {
                out[i] = new Point<>(ds[i], m.atZeroLoad(ds[i]), m.zeroLoadEntropy(ds[i]), null);
            }
            return List.of(out);
        }
        S zero = m.solve(0, null);
        for (double d : ds) {
            checkReachable(alpha, d, zero);
        }
        double anchor = DenseRegionCurve.ANCHOR;
        while (anchor > 0.9 * zero.distance()) {
            anchor *= DenseRegionCurve.LATTICE_RATIO;
        }
        Sweep<SaddlePoint> path;
        try {
            path = new Sweep<>(new Sweep.Model<>() {
                @Override
                public SaddlePoint solve(double d, double[] start) {
                    return atDistance(m, d, start);
                }

                @Override
                public double[] unknowns(SaddlePoint s) {
                    return s.x();
                }

                @Override
                public boolean admissible(double[] x) {
                    return m.admissible(x) && x[6] >= 0;
                }
            }, atDistance(m, anchor, bracket(m, alpha, anchor)), Sweep.Lattice.graded(anchor,
                    DenseRegionCurve.LATTICE_RATIO), 3, Integer.MAX_VALUE);
        } catch (NonConvergenceException | ArithmeticException e) {
            path = null; // no cold start at the anchor: each point from its own
        }
        for (int i = 0; i < ds.length; i++) {
            double d = ds[i];
            double s0 = m.zeroLoadEntropy(d);
            Sweep.Point<SaddlePoint> sp = path == null ? null : path.at(d);
            RuntimeException failure = sp == null ? null : sp.failure();
            SaddlePoint x = sp != null && sp.converged() ? sp.solution() : null;
            if (x == null && (path == null || d > anchor)) {
                try {
                    x = atDistance(m, d, bracket(m, alpha, d));
                } catch (NonConvergenceException | ArithmeticException e) {
                    failure = e;
                }
            }
            out[i] = x == null ? new Point<>(d, null, s0, failure.getMessage())
                    : new Point<>(d, m.observables(x.x()[6], Arrays.copyOf(x.x(), 6), x.report()), s0, null);
        }
        return List.of(out);
    }

    private static <S extends CoupledEnsemble.Solved> void checkReachable(double alpha, double d, S zero) {
        if (zero.distance() < d) {
            throw new IllegalArgumentException(String.format("d = %g is not reachable at alpha = %g: the largest"
                    + " distance (gamma = 0) is d = %.6f", d, alpha, zero.distance()));
        }
    }

    private static <S extends CoupledEnsemble.Solved> SaddlePoint atDistance(CoupledEnsemble<S> m, double d, double[] start) {
        DistanceTarget p = new DistanceTarget(m::problem, 6, d, start);
        return SaddlePointSolver.defaults(0).withTolerance(1e-11).solve(p, start, m.describe(d));
    }

    /**
     * A start (order parameters, gamma) for distance d: gamma swept upwards from 0 (steps growing from 0.1 to 0.5
     * gamma units, halved on failure) until d is passed, then interpolated.
     */
    private static <S extends CoupledEnsemble.Solved> double[] bracket(CoupledEnsemble<S> m, double alpha, double d) {
        S a = m.solve(0, null);
        checkReachable(alpha, d, a);
        double unit = m.gammaUnit();
        double step = 0.1 * unit;
        for (int k = 0; k < 200; k++) {
            S b;
            try {
                b = m.solve(a.gamma() + step, a.orderParameters());
            } catch (NonConvergenceException | ArithmeticException e) {
                // too large a step from the last solution: halve it
                step /= 2;
                if (step < 1e-4 * unit) {
                    throw e;
                }
                continue;
            }
            if (b.distance() <= d) {
                double r = (a.distance() - d) / (a.distance() - b.distance());
                double[] oa = a.orderParameters();
                double[] ob = b.orderParameters();
                double[] x = new double[7];
                for (int i = 0; i < 6; i++) {
                    x[i] = oa[i] + r * (ob[i] - oa[i]);
                }
                x[6] = a.gamma() + r * step;
                return x;
            }
            a = b;
            step = Math.min(0.5 * unit, step * 1.5);
        }
        throw new IllegalArgumentException("d = " + d + " not reached for gamma up to " + a.gamma());
    }
}
