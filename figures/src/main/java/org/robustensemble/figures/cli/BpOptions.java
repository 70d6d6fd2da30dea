package org.robustensemble.figures.cli;

import org.robustensemble.simulation.bp.BpParameters;
import org.robustensemble.simulation.bp.Representation;

import picocli.CommandLine.Option;

/**
 * Mixin: belief-propagation settings shared by {@code simulate fbp} and {@code measure local-entropy}. Damping,
 * initial range and sweeps per step have command-dependent defaults: {@code simulate fbp} takes
 * {@link BpParameters#fbpDefaults(int)} (per machine type), {@code measure local-entropy}
 * {@link BpParameters#defaults()}.
 */
public final class BpOptions {
    @Option(names = "--epsilon", defaultValue = "1e-3", description = "Convergence threshold on input-layer messages (default ${DEFAULT-VALUE}).")
    double epsilon;

    @Option(names = "--max-iters", description = "Max sweeps per step (default: simulate fbp 1000 for k = 1 and 1 for "
            + "committees; measure local-entropy 1000).")
    Integer maxIters;

    @Option(names = "--damping", description = "Damping in [0,1) (default: simulate fbp 0.5; measure local-entropy 0).")
    Double damping;

    @Option(names = "--init-range", description = "Initial messages uniform in +-R (default 0.01; simulate fbp with "
            + "k > 1: 0.1).")
    Double initRange;

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

    /** @return the parameters (validated), with {@link BpParameters#defaults()} for the options not given */
    public BpParameters parameters() {
        return parameters(BpParameters.defaults());
    }

    /** @return the parameters (validated), taking damping, initial range and sweeps per step from {@code base} unless given */
    public BpParameters parameters(BpParameters base) {
        return new BpParameters(epsilon, maxIters != null ? maxIters : base.maxIters(),
                damping != null ? damping : base.damping(), initRange != null ? initRange : base.initRange(),
                representation, block, threads, false, symmetryBreaking);
    }
}
