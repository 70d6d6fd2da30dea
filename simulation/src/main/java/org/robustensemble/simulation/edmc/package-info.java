/**
 * Entropy-driven Monte Carlo (EdMC; Baldassi, Ingrosso, Lucibello, Saglietti, Zecchina, J. Stat. Mech. (2016) 023301;
 * docs/theory.md sections 2, 4.2 and 4.4): a Markov chain on a reference configuration whose objective is its local free
 * entropy. {@link org.robustensemble.simulation.edmc.LocalFreeEntropy} holds the reference and a BP run with external
 * fields gamma Wref (the local-entropy probe of {@code bp}), tries single flips by reconverging BP from the current
 * messages, and accepts or restores; it also scores every flip by a first-order prediction that is exact on trees.
 * {@link org.robustensemble.simulation.edmc.Edmc} is the chain: rounds of (gamma, y) from
 * {@link org.robustensemble.simulation.mc.Schedule}s, uniform, cavity-disagreement or greedy proposals, Metropolis
 * acceptance exp(y dPhi) (zero temperature at y = infinity), stop at the first reference with zero training errors.
 */
package org.robustensemble.simulation.edmc;
