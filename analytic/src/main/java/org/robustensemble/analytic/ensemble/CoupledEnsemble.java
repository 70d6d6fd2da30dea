package org.robustensemble.analytic.ensemble;

import org.robustensemble.analytic.saddle.ConvergenceReport;
import org.robustensemble.analytic.saddle.OverlapProblem;

/**
 * A coupled ensemble at fixed load alpha and number of replicas y (the robust ensemble of Baldassi et al., PNAS 113,
 * E7655 (2016), docs/theory.md 3.2-3.3: y replicas coupled with strength gamma to a reference): its fixed-gamma
 * stationarity conditions, solved at a coupling gamma, and through them (augmented by gamma as an unknown, see
 * {@link org.robustensemble.analytic.saddle.DistanceTarget}) at a target distance d to the reference, which is
 * what the curves S_I(d) of {@link org.robustensemble.analytic.curve} ask of it. Implemented for any weight set at
 * finite y ({@link MultiStateRobustEnsemble}) and y = infinity ({@link MultiStateRobustEnsembleLimit}).
 *
 * @param <S> the solution type
 */
public interface CoupledEnsemble<S extends CoupledEnsemble.Solved> {
    /** What a solution tells the curves. */
    interface Solved {
        /** @return the order parameters (a start for the next solve) */
        double[] orderParameters();

        /** @return the coupling */
        double gamma();

        /** @return the distance to the reference, d = (1 - S/sqrt(Q Qref))/2 */
        double distance();
    }

    /** @return the fixed-gamma stationarity conditions, with quadrature rules chosen near {@code near} */
    OverlapProblem problem(double gamma, double[] near);

    /** Fixed-gamma solve from start, or by continuation in gamma if start is null. */
    S solve(double gamma, double[] start);

    /** @return the solution at the stationary point x of {@link #problem} */
    S observables(double gamma, double[] x, ConvergenceReport rep);

    /** @return whether x lies in the domain of the order parameters */
    boolean admissible(double[] x);

    /** The exact alpha = 0 point at distance d, or null where the generic solver handles alpha = 0. */
    S atZeroLoad(double d);

    /** @return the alpha = 0, y = infinity local entropy at distance d */
    double zeroLoadEntropy(double d);

    /** @return the natural unit of gamma (1/mean w^2 of the set: the coupling is gamma W.Wref) */
    double gammaUnit();

    /** @return a name of the point at distance d for error messages */
    String describe(double d);
}
