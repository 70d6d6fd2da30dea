/**
 * Monte Carlo on binary perceptrons and committee machines (docs/theory.md sections 2 and 4.1).
 *
 * <p>Architecture, in the spirit of RRRMC.jl: an {@link org.robustensemble.simulation.mc.Energy} knows its
 * configuration and gives the full energy, the change of a single flip and the update after an accepted flip.
 * Base energies ({@link org.robustensemble.simulation.mc.PerceptronEnergy},
 * {@link org.robustensemble.simulation.mc.CommitteeEnergy}, kinds in
 * {@link org.robustensemble.simulation.mc.EnergyKind}) are wrapped by replicated systems
 * ({@link org.robustensemble.simulation.mc.TracedReplicas} with the reference traced out,
 * {@link org.robustensemble.simulation.mc.ExplicitReference} with a reference replica). Samplers
 * ({@link org.robustensemble.simulation.mc.Metropolis}, {@link org.robustensemble.simulation.mc.Annealer}) see
 * only these interfaces; schedules ({@link org.robustensemble.simulation.mc.Schedule}) are plain values.
 * Simulated annealing is the y = 1, gamma = 0 case of replicated simulated annealing.
 *
 * <p>Entropy-driven Monte Carlo (docs/theory.md 4.2) needs belief propagation: it is in the package
 * {@code org.robustensemble.simulation.edmc}.
 */
package org.robustensemble.simulation.mc;
