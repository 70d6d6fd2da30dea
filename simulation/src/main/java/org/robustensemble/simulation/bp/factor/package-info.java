/**
 * The factor updates of BP (docs/theory.md 4.3), each on the shared {@code bp.state.MessageState}: the perceptron's hot
 * path {@link org.robustensemble.simulation.bp.factor.PerceptronKernel} (K = 1, Gaussian factor, written out per
 * representation) with its two-thread sweep {@link org.robustensemble.simulation.bp.factor.HalfSweep}; the generic
 * {@link org.robustensemble.simulation.bp.factor.PatternUpdate} for committees and tests, built from the
 * {@link org.robustensemble.simulation.bp.factor.GaussianInputFactor} (or the exact
 * {@link org.robustensemble.simulation.bp.factor.ExactInputFactor}) and the committee's exact
 * {@link org.robustensemble.simulation.bp.factor.OutputNode}; and the
 * {@link org.robustensemble.simulation.bp.factor.FocusingFactor} of fBP. Internal to {@code bp}.
 */
package org.robustensemble.simulation.bp.factor;
