/**
 * Belief propagation for binary perceptrons and committee machines (science.md 4.3, 4.4).
 *
 * <p>Layers, in the order data flows: {@link org.robustensemble.simulation.bp.MessageAlgebra} (the arithmetic of one
 * message, two encodings: {@link org.robustensemble.simulation.bp.FieldAlgebra} precise,
 * {@link org.robustensemble.simulation.bp.MagnetizationAlgebra} fast) built on
 * {@link org.robustensemble.simulation.bp.ErrorFunctions}; {@link org.robustensemble.simulation.bp.BeliefPropagation}
 * (the factor graph of one instance: sweeps, convergence, Bethe free entropy, observables); algorithms on top:
 * {@link org.robustensemble.simulation.bp.FocusingBp} driven by a {@link org.robustensemble.simulation.bp.Protocol}
 * (a plain list of (gamma, y)), and {@link org.robustensemble.simulation.bp.LocalEntropyProbe}. A new schedule or a
 * faster arithmetic needs no change to the engine.
 */
package org.robustensemble.simulation.bp;
