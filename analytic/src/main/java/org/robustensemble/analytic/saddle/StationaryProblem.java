package org.robustensemble.analytic.saddle;

/**
 * A set of stationarity conditions F(x) = 0 in a few unknowns (order parameters, possibly augmented by an
 * external parameter), as solved by {@link SaddlePointSolver}.
 *
 * <p>Replica free entropies are extremised, not maximised: some directions are minima. The solver therefore
 * works on the stationarity conditions themselves (their residual), never on the free entropy.
 */
public interface StationaryProblem {
    /** @return the number of unknowns (and of equations) */
    int dimension();

    /**
     * @param x   a point inside the domain
     * @param out receives F(x)
     */
    void residual(double[] x, double[] out);

    /** @return whether x lies inside the domain where the equations are defined (e.g. 0 &lt;= q &lt; 1) */
    boolean admissible(double[] x);

    /**
     * A fixed-point form x = T(x) of the same equations, used as the damped fallback when Newton stalls. The
     * default is T(x) = x + F(x), which is the natural form when F(x) = T(x) - x.
     *
     * @param x   current point
     * @param out receives T(x)
     */
    default void fixedPointMap(double[] x, double[] out) {
        residual(x, out);
        for (int i = 0; i < out.length; i++) {
            out[i] += x[i];
        }
    }

    /**
     * @return whether the damped fixed-point fallback makes sense for this problem (false for augmented systems
     *         whose residual is not of the form T(x) - x)
     */
    default boolean hasFixedPointForm() {
        return true;
    }

    /** @return typical magnitude of unknown i, for finite-difference steps (default max(1, |x_i|)) */
    default double scale(double[] x, int i) {
        return Math.max(1.0, Math.abs(x[i]));
    }
}
