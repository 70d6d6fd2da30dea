/**
 * The ingredients every free entropy of the perceptron takes: the Gaussian-smeared factor of one pattern with
 * margin kappa and inverse temperature beta ({@link org.robustensemble.analytic.model.PatternFactor}), the
 * symmetric weight set ({@link org.robustensemble.analytic.model.WeightSet}; PRE 93, 052313 (2016)), and the inner
 * maxima of the robust ensemble at finite y for binary ({@link org.robustensemble.analytic.model.InnerMaxima}) and
 * general weights ({@link org.robustensemble.analytic.model.SiteMaxima}), with the y = infinity energetic sums
 * ({@link org.robustensemble.analytic.model.LimitEnergetic}; docs/theory.md 3.2-3.3).
 */
package org.robustensemble.analytic.model;
