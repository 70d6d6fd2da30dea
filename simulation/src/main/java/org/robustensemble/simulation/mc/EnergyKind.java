package org.robustensemble.simulation.mc;

/**
 * The two training energies of docs/theory.md section 4.1, for a perceptron or a committee machine.
 * Both are non-negative integers and vanish exactly on solutions.
 */
public enum EnergyKind {
    /** Number of misclassified patterns. */
    STEP,
    /**
     * Flips needed: for the perceptron, sum over violated patterns of (|Delta^mu| + 1)/2, the number of weight
     * flips that would fix the pattern on its own. For a committee machine, a misclassified pattern with vote
     * V = sum_k sign(Delta_k^mu) &lt; 0 costs the sum of (|Delta_k| + 1)/2 over the (|V| + 1)/2 wrong hidden
     * units with the smallest |Delta_k| (the cheapest way to turn the vote); for K = 1 this is the perceptron
     * definition.
     */
    LINEAR
}
