package org.robustensemble.analytic.saddle;

import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Natural-parameter continuation: follows a solution branch from a known point at parameter 0 to a target
 * value, with a secant predictor, step growth on success and halving on failure.
 */
public final class Continuation {
    private Continuation() {
    }

    /** Solves at one parameter value from a starting point. */
    @FunctionalInterface
    public interface Step<S> {
        S solve(double parameter, double[] start);
    }

    /**
     * @param target     the parameter value to reach (&gt; 0)
     * @param x0         the solution's unknowns at parameter 0
     * @param solve      a solver at fixed parameter
     * @param unknowns   extracts the unknowns of a solution (the next start)
     * @param admissible whether a predicted start lies in the domain (else the last solution is used)
     * @param firstStep  first parameter step
     * @param maxStep    largest parameter step
     * @param what       a name for the error message
     * @return the solution at {@code target}
     * @throws NonConvergenceException if the step falls below 1e-4 or 12 steps fail
     */
    public static <S> S follow(double target, double[] x0, Step<S> solve, Function<S, double[]> unknowns,
            Predicate<double[]> admissible, double firstStep, double maxStep, String what) {
        double now = 0;
        double step = Math.min(target, firstStep);
        double[] x = x0.clone();
        double[] prev = null;
        double pPrev = 0;
        S last = null;
        int failures = 0;
        while (now < target) {
            double next = Math.min(target, now + step);
            double[] start = x.clone();
            if (prev != null && now > pPrev) {
                double r = (next - now) / (now - pPrev);
                for (int i = 0; i < start.length; i++) {
                    start[i] = x[i] + r * (x[i] - prev[i]);
                }
                if (!admissible.test(start)) {
                    start = x.clone();
                }
            }
            try {
                last = solve.solve(next, start);
                prev = x;
                pPrev = now;
                x = unknowns.apply(last);
                now = next;
                step = Math.min(step * 1.5, maxStep);
            } catch (NonConvergenceException | ArithmeticException e) {
                step *= 0.5;
                if (++failures > 12 || step < 1e-4) {
                    throw e instanceof NonConvergenceException n ? n
                            : new NonConvergenceException(what + " at parameter " + next + " (" + e.getMessage() + ")",
                                    new ConvergenceReport(0, Double.NaN, 1e-10, 0, "continuation", false));
                }
            }
        }
        return last;
    }

    /**
     * The visiting order of a continuation over distances: indices of {@code ds} from the largest to the smallest
     * (ties in their given order).
     */
    public static Integer[] descending(double[] ds) {
        Integer[] order = new Integer[ds.length];
        for (int i = 0; i < ds.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(ds[b], ds[a]));
        return order;
    }

    /**
     * A start at parameter t from the last two solutions (x1 at t1, x2 at t2): their linear extrapolation if it is
     * admissible, else a copy of x1 (also when there is no x2 or t1 == t2).
     */
    public static double[] extrapolate(double[] x1, double t1, double[] x2, double t2, double t,
            java.util.function.Predicate<double[]> admissible) {
        if (x2 == null || t1 == t2) {
            return x1.clone();
        }
        double r = (t - t1) / (t1 - t2);
        double[] x = new double[x1.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = x1[i] + r * (x1[i] - x2[i]);
        }
        return admissible.test(x) ? x : x1.clone();
    }
}
