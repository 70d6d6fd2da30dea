/**
 * Local-entropy curves S_I(d) at fixed alpha and what is read off them: the dense-region curves at finite y and y
 * = infinity for binary ({@link org.robustensemble.analytic.curve.DenseRegionCurve}) and multi-state weights
 * ({@link org.robustensemble.analytic.curve.MultiStateCurve}), the dense-reference curve ({@link
 * org.robustensemble.analytic.curve.DenseReferenceCurve}), the Sigma_ext = 0 curve ({@link
 * org.robustensemble.analytic.curve.ZeroComplexityCurve}), and the break-up loads on them ({@link
 * org.robustensemble.analytic.curve.BreakupPoint}, {@link
 * org.robustensemble.analytic.curve.ZeroComplexityBreakup}).
 */
package org.robustensemble.analytic.curve;
