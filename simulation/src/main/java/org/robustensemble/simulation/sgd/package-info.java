/**
 * Stochastic gradient descent on binary committee machines, plain and replicated (PNAS 113:E7655, 2016,
 * section "Replicated stochastic gradient descent" and appendix C; docs/theory.md section 4.5).
 *
 * <p>Each network keeps continuous hidden weights H (one N-vector per hidden unit) and uses the clipped binary
 * weights W = sign(H) for every forward pass (bit-packed, {@link org.robustensemble.simulation.instance.Patterns#dot}).
 * {@link org.robustensemble.simulation.sgd.MiniBatchStep} is the "least wrong units first" gradient of a
 * misclassified pattern; {@link org.robustensemble.simulation.sgd.Coupling} selects how the y replicas interact
 * (through a traced-out reference in several variants, or an explicit reference replica);
 * {@link org.robustensemble.simulation.sgd.ReplicatedSgd} runs the epochs, schedules and stopping rule, and
 * reports {@link org.robustensemble.simulation.sgd.EpochRecord}s and an
 * {@link org.robustensemble.simulation.sgd.SgdResult}. Plain SGD is the case y = 1, lambda = 0.
 */
package org.robustensemble.simulation.sgd;
