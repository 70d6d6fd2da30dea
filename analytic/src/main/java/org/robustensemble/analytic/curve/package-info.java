/**
 * Local-entropy curves S_I(d) at fixed alpha and what is read off them. One sweep engine ({@link
 * org.robustensemble.analytic.curve.Sweep}: continuation along a fixed lattice of distances from one origin, nodes
 * shared, failed steps split, failed nodes skipped, so a point does not depend on the other points requested)
 * carries the dense-region curves at finite y and y = infinity for binary ({@link
 * org.robustensemble.analytic.curve.DenseRegionCurve}) and multi-state weights ({@link
 * org.robustensemble.analytic.curve.MultiStateCurve}, over any {@link
 * org.robustensemble.analytic.ensemble.CoupledEnsemble}) and the Franz-Parisi curve; the dense-reference curve
 * ({@link org.robustensemble.analytic.curve.DenseReferenceCurve}), the Sigma_ext = 0 curve ({@link
 * org.robustensemble.analytic.curve.ZeroComplexityCurve}) and the break-up loads on them ({@link
 * org.robustensemble.analytic.curve.BreakupPoint}, {@link
 * org.robustensemble.analytic.curve.ZeroComplexityBreakup}) keep their own continuations.
 */
package org.robustensemble.analytic.curve;
