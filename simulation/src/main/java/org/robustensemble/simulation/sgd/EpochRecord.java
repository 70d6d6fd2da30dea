package org.robustensemble.simulation.sgd;

/**
 * The state of (replicated) SGD at the end of one epoch (epoch 0 = the initial state).
 *
 * @param epoch           completed epochs
 * @param gamma           the interaction strength used during this epoch
 * @param lambda          the interaction step used during this epoch
 * @param eta             the learning rate used during this epoch
 * @param referenceErrors training errors of the reference (sign of the replica sum, or the explicit reference)
 * @param replicaErrors   training errors of each replica
 * @param meanDistance    mean over replicas of the normalized Hamming distance to the reference, in [0, 1]
 */
public record EpochRecord(int epoch, double gamma, double lambda, double eta, int referenceErrors,
                          int[] replicaErrors, double meanDistance) {

    /** @return the fewest training errors among the replicas */
    public int minReplicaErrors() {
        int best = Integer.MAX_VALUE;
        for (int e : replicaErrors) {
            best = Math.min(best, e);
        }
        return best;
    }
}
