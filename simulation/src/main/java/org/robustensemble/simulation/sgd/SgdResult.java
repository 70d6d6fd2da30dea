package org.robustensemble.simulation.sgd;

/**
 * Outcome of one run of (replicated) SGD.
 *
 * @param solved            whether a replica or the reference reached zero training errors
 * @param epochs            epochs run (0 if the initial state already solved the instance)
 * @param errors            training errors of {@link #weights()}
 * @param source            which network the weights come from: -1 the reference, a >= 0 replica a
 * @param weights           the returned binary weights (length N K, layout {@code w[k*N + i]}): the solving
 *                          network if solved (the reference first, then the lowest replica index), else the
 *                          network with the fewest errors at the last epoch (same preference on ties)
 * @param referenceWeights  the reference at the last epoch
 * @param referenceErrors   its training errors
 * @param presentations     pattern presentations used: epochs * y * M
 */
public record SgdResult(boolean solved, int epochs, int errors, int source, byte[] weights,
                        byte[] referenceWeights, int referenceErrors, long presentations) {
}
