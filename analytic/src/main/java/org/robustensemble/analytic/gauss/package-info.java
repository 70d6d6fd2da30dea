/**
 * The Gaussian measure and its numerics (docs/theory.md section 1): stable ln H and G/H ({@link
 * org.robustensemble.analytic.gauss.GaussianFunctions}), Gauss-Hermite and composite rules for E[f(z)] ({@link
 * org.robustensemble.analytic.gauss.GaussianRule}), the truncated normal ({@link
 * org.robustensemble.analytic.gauss.TruncatedRule}), log-space peak-following integrals ({@link
 * org.robustensemble.analytic.gauss.PeakQuadrature}), the resolution setting every free entropy takes ({@link
 * org.robustensemble.analytic.gauss.Quadrature}) and the deterministic fork-join of the outer quadrature loops
 * ({@link org.robustensemble.analytic.gauss.Parallel}).
 */
package org.robustensemble.analytic.gauss;
