package org.robustensemble.figures.cli;

import org.robustensemble.simulation.bp.BpParameters;
import org.robustensemble.simulation.bp.Representation;

import picocli.CommandLine.Option;

/** Mixin: belief-propagation settings shared by {@code simulate fbp} and {@code measure local-entropy}. */
public final class BpOptions {
    @Option(names = "--epsilon", defaultValue = "1e-3", description = "Convergence threshold on input-layer messages (default ${DEFAULT-VALUE}).")
    double epsilon;

    @Option(names = "--max-iters", defaultValue = "1000", description = "Max sweeps per step (default ${DEFAULT-VALUE}).")
    int maxIters;

    @Option(names = "--damping", defaultValue = "0", description = "Damping in [0,1) (default ${DEFAULT-VALUE}).")
    double damping;

    @Option(names = "--init-range", defaultValue = "0.01", description = "Initial messages uniform in +-R (default ${DEFAULT-VALUE}).")
    double initRange;

    @Option(names = "--representation", defaultValue = "FIELD",
            description = "Message encoding: FIELD (precise) or MAGNETIZATION (fast) (default ${DEFAULT-VALUE}).")
    Representation representation;

    @Option(names = "--block", defaultValue = "1",
            description = "Patterns updated together from the same beliefs (1 = sequential BP; > 1 allows threads; results do not depend on --threads) (default ${DEFAULT-VALUE}).")
    int block;

    @Option(names = "--threads", defaultValue = "1", description = "Threads: with --block 1 (perceptron), 2 split each pattern update in two halves with the same results as 1; with --block B > 1, threads for the updates of a block (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--symmetry-breaking", defaultValue = "" + BpParameters.DEFAULT_SYMMETRY_BREAKING,
            description = "Committees (K > 1): fixed prior fields uniform in +-H per weight, drawn per run, so that the "
                    + "reinforcement can specialise the hidden units; 0 = off (default ${DEFAULT-VALUE}).")
    double symmetryBreaking;

    /** @return the parameters (validated) */
    public BpParameters parameters() {
        return new BpParameters(epsilon, maxIters, damping, initRange, representation, block, threads, false,
                symmetryBreaking);
    }
}
