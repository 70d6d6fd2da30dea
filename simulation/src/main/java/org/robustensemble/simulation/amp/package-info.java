/**
 * Focusing approximate message passing (fAMP) for the binary perceptron: the large-N form of this toolkit's BP
 * (docs/theory.md 4.3; derivation in simulation/docs/bp.md, section "Approximate message passing"), which keeps one
 * magnetization per weight and one output message per pattern instead of one message per edge.
 *
 * <p>Layers, in the order data flows: {@link org.robustensemble.simulation.amp.SignMatrix} (the +-1 pattern matrix
 * bit-packed by rows and by columns, its two products by byte tables on all cores with a fixed summation order);
 * {@link org.robustensemble.simulation.amp.AmpFunctions} (the output channel of the sign with its label, the binary
 * prior with the focusing field, their free-entropy terms); {@link org.robustensemble.simulation.amp.Amp} (the
 * iteration on one instance: Onsager terms, damping, convergence, Bethe free entropy and observables);
 * {@link org.robustensemble.simulation.amp.FocusingAmp} runs a {@link org.robustensemble.simulation.bp.Protocol} of
 * (gamma, y) steps with fBP's stop rule and per-step records. Settings are an
 * {@link org.robustensemble.simulation.amp.AmpParameters}.
 */
package org.robustensemble.simulation.amp;
