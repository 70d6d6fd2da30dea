package org.robustensemble.simulation.bp;

/**
 * Observables of a BP fixed point (docs/theory.md 4.3), all per weight.
 *
 * @param freeEntropy Bethe free entropy (see {@link BeliefPropagation#freeEntropy()} for the normalisation)
 * @param s           replica-reference overlap S = mean of &lt;W Wref&gt; (NaN without focusing)
 * @param q           mean m^2 of the weights
 * @param qTilde      mean squared magnetization of the traced reference (NaN without focusing)
 * @param sigmaInt    internal entropy free_entropy - gamma S (NaN without focusing; free_entropy at gamma = inf)
 * @param errors      training errors of sign(m)
 */
public record Observables(double freeEntropy, double s, double q, double qTilde, double sigmaInt, int errors) {
}
