package org.robustensemble.analytic.perceptron;

import org.robustensemble.analytic.saddle.StationaryProblem;

/** Stationarity conditions at fixed gamma that also expose the replica-reference overlap S of the last evaluation. */
interface OverlapProblem extends StationaryProblem {
    /** @return S at the point of the last {@link #residual} call */
    double lastOverlap();
}
