/**
 * Belief propagation for binary perceptrons and committee machines (docs/theory.md 4.3, 4.4): the public entry points.
 *
 * <p>{@link org.robustensemble.simulation.bp.BeliefPropagation} is the engine on one instance (a facade over the
 * parts in the subpackages), configured by {@link org.robustensemble.simulation.bp.BpParameters} and a
 * {@link org.robustensemble.simulation.bp.Representation} of the messages; its observables are
 * {@link org.robustensemble.simulation.bp.Observables} and its messages can be saved as
 * {@link org.robustensemble.simulation.bp.Messages}. Algorithms on top: {@link org.robustensemble.simulation.bp.FocusingBp}
 * driven by a {@link org.robustensemble.simulation.bp.Protocol} (a plain list of (gamma, y)), and
 * {@link org.robustensemble.simulation.bp.LocalEntropyProbe}. The parts, in the order data flows:
 * {@code bp.message} (the arithmetic of one message, two encodings, and the error functions), {@code bp.state}
 * (the messages and beliefs of one instance), {@code bp.factor} (the factor updates: perceptron kernel, generic
 * pattern update with the Gaussian or exact input factor and the committee's output node, focusing factor) and
 * {@code bp.engine} (sweep order and threads, Bethe observables). A new schedule or a faster arithmetic needs no
 * change to the engine.
 */
package org.robustensemble.simulation.bp;
