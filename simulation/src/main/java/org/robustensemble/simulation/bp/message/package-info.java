/**
 * The arithmetic of one BP message on a +-1 variable (docs/theory.md 4.3), independent of the factor graph:
 * {@link org.robustensemble.simulation.bp.message.MessageAlgebra} (encode, combine, cavity, damping, distance, the
 * Gaussian erf message of a perceptron factor, the focusing message) with two encodings,
 * {@link org.robustensemble.simulation.bp.message.FieldAlgebra} (fields, precise, the default) and
 * {@link org.robustensemble.simulation.bp.message.MagnetizationAlgebra} (magnetizations, fast), built on
 * {@link org.robustensemble.simulation.bp.message.ErrorFunctions} (erfc and erfcx tables, ln erfc, ln H, tanh,
 * ln 2cosh) whose table nodes {@link org.robustensemble.simulation.bp.message.ErfcNodes} stores as a resource.
 */
package org.robustensemble.simulation.bp.message;
