package org.robustensemble.analytic.saddle;

/** Stationarity conditions at fixed gamma that also expose the replica-reference overlap S of the last evaluation. */
public interface OverlapProblem extends StationaryProblem {
    /** @return S at the point of the last {@link #residual} call */
    double lastOverlap();
}
