package org.robustensemble.analytic.curve;

import java.util.Arrays;
import java.util.List;
import org.robustensemble.analytic.gardner.Gardner;
import org.robustensemble.analytic.saddle.DistanceTarget;
import org.robustensemble.analytic.saddle.OverlapProblem;

import org.robustensemble.analytic.saddle.Continuation;
import org.robustensemble.analytic.saddle.ConvergenceReport;
import org.robustensemble.analytic.saddle.NonConvergenceException;
import org.robustensemble.analytic.saddle.SaddlePoint;
import org.robustensemble.analytic.saddle.SaddlePointSolver;

/**
 * The dense-region curve S_I(d) for multi-state weights (finite y or y = infinity): for each d the gamma with
 * d(gamma) = d, d = (1 - S/sqrt(Q Qref))/2, solved together with the six order parameters (augmented Newton,
 * {@link DistanceTarget}), visited from large to small d, each point started from the previous ones (linear
 * extrapolation in d; if Newton fails, the step is split into 2, 4, 8 substeps); the first from a gamma sweep that
 * brackets d.
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

    /** What the curve needs of a solution. */
    public interface Solved {
        /** @return the six order parameters (a start for the next solve) */
        double[] orderParameters();

        /** @return the coupling */
        double gamma();

        /** @return d = (1 - S/sqrt(Q Qref))/2 */
        double distance();
    }

    /** A multi-state solver at fixed load, seen by the curve. */
    public interface Model<S extends Solved> {
        OverlapProblem problem(double gamma, double[] near);

        /** Fixed-gamma solve from start, or by continuation in gamma if start is null. */
        S solve(double gamma, double[] start);

        S observables(double gamma, double[] x, ConvergenceReport rep);

        boolean admissible(double[] x);

        /** The exact alpha = 0 point at distance d, or null where the generic solver handles alpha = 0. */
        S atZeroLoad(double d);

        double zeroLoadEntropy(double d);

        /** @return the natural unit of gamma (1/mean w^2 of the set: the coupling is gamma W.Wref) */
        double gammaUnit();

        String describe(double d);
    }

    public static <S extends Solved> List<Point<S>> compute(Model<S> m, double alpha, double[] ds) {
        Gardner.checkAlpha(alpha);
        DistanceTarget.checkDistances(ds);
        Integer[] order = Continuation.descending(ds);
        @SuppressWarnings("unchecked")
        Point<S>[] out = new Point[ds.length];
        double[] prev = null;
        double[] prev2 = null;
        double dPrev = Double.NaN;
        double dPrev2 = Double.NaN;
        for (int idx : order) {
            double d = ds[idx];
            double s0 = m.zeroLoadEntropy(d);
            S exact = alpha == 0 ? m.atZeroLoad(d) : null;
            if (exact != null) {
                out[idx] = new Point<>(d, exact, s0, null);
                continue;
            }
            try {
                SaddlePoint sp = prev == null ? atDistance(m, d, bracket(m, alpha, d))
                        : continued(m, d, prev, dPrev, prev2, dPrev2);
                double[] x = sp.x();
                out[idx] = new Point<>(d, m.observables(x[6], Arrays.copyOf(x, 6), sp.report()), s0, null);
                prev2 = prev;
                dPrev2 = dPrev;
                prev = x;
                dPrev = d;
            } catch (NonConvergenceException | ArithmeticException e) {
                out[idx] = new Point<>(d, null, s0, e.getMessage());
            }
        }
        return List.of(out);
    }

    private static <S extends Solved> SaddlePoint continued(Model<S> m, double d, double[] prev, double dPrev, double[] prev2,
            double dPrev2) {
        NonConvergenceException last = null;
        for (int n = 1; n <= 8; n *= 2) {
            try {
                double[] p1 = prev;
                double[] p2 = prev2;
                double d1 = dPrev;
                double d2 = dPrev2;
                SaddlePoint sp = null;
                for (int k = 1; k <= n; k++) {
                    double dk = dPrev + (d - dPrev) * k / n;
                    sp = atDistance(m, dk, extrapolate(m, dk, p1, d1, p2, d2));
                    p2 = p1;
                    d2 = d1;
                    p1 = sp.x();
                    d1 = dk;
                }
                return sp;
            } catch (NonConvergenceException e) {
                last = e;
            }
        }
        throw last;
    }

    private static <S extends Solved> double[] extrapolate(Model<S> m, double d, double[] p1, double d1, double[] p2, double d2) {
        return Continuation.extrapolate(p1, d1, p2, d2, d, x -> m.admissible(x) && x[6] >= 0);
    }

    private static <S extends Solved> SaddlePoint atDistance(Model<S> m, double d, double[] start) {
        DistanceTarget p = new DistanceTarget(m::problem, 6, d, start);
        return SaddlePointSolver.defaults(0).withTolerance(1e-11).solve(p, start, m.describe(d));
    }

    /**
     * A start (order parameters, gamma) for distance d: gamma swept upwards from 0 (steps growing from 0.1 to 0.5
     * gamma units, halved on failure) until d is passed, then interpolated.
     */
    private static <S extends Solved> double[] bracket(Model<S> m, double alpha, double d) {
        S a = m.solve(0, null);
        if (a.distance() < d) {
            throw new IllegalArgumentException(String.format("d = %g is not reachable at alpha = %g: the largest"
                    + " distance (gamma = 0) is d = %.6f", d, alpha, a.distance()));
        }
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
