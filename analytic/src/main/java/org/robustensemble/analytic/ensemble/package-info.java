/**
 * The robust ensemble (Baldassi et al., PNAS 113, E7655 (2016); docs/theory.md 3.2-3.3): y real replicas coupled with
 * strength gamma to a reference, replica symmetric, at finite y ({@link
 * org.robustensemble.analytic.ensemble.RobustEnsemble}) and y = infinity ({@link
 * org.robustensemble.analytic.ensemble.RobustEnsembleLimit}) for binary weights, and for any symmetric weight set
 * ({@link org.robustensemble.analytic.ensemble.MultiStateRobustEnsemble}, {@link
 * org.robustensemble.analytic.ensemble.MultiStateRobustEnsembleLimit}; PRE 93, 052313 (2016)). {@link
 * org.robustensemble.analytic.ensemble.CoupledEnsemble} is what a curve asks of an ensemble at fixed (alpha, y)
 * (implemented by the multi-state classes).
 */
package org.robustensemble.analytic.ensemble;
