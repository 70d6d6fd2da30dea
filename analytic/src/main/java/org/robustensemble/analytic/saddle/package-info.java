/**
 * Saddle points of replica free entropies: a small interface for stationarity conditions ({@link
 * org.robustensemble.analytic.saddle.StationaryProblem}), Newton with line search and a damped fixed-point
 * fallback ({@link org.robustensemble.analytic.saddle.SaddlePointSolver}), natural-parameter continuation ({@link
 * org.robustensemble.analytic.saddle.Continuation}), problems that also report an overlap ({@link
 * org.robustensemble.analytic.saddle.OverlapProblem}) and the augmented problem that solves for the coupling at a
 * target distance ({@link org.robustensemble.analytic.saddle.DistanceTarget}); every solve carries a {@link
 * org.robustensemble.analytic.saddle.ConvergenceReport}.
 */
package org.robustensemble.analytic.saddle;
