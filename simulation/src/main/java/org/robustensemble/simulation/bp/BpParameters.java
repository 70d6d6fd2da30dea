package org.robustensemble.simulation.bp;

/**
 * Settings of a BP run. Defaults ({@link #defaults()}) are those of the authors' package
 * (the authors' BinaryCommitteeMachineFBP.jl): epsilon 1e-3, at most 1000 sweeps per focusing step,
 * no damping, initial input-layer messages uniform in +-0.01 (as magnetizations), the precise field
 * representation, sequential (block 1) updates on one thread; for committees (K > 1) a persistent symmetry-breaking
 * prior of strength {@value #DEFAULT_SYMMETRY_BREAKING} (see {@code symmetryBreaking}, not in the authors' package).
 *
 * @param epsilon       convergence threshold on the largest change of an input-layer message (magnetization)
 * @param maxIters      maximum number of sweeps per convergence attempt
 * @param damping       lambda in [0, 1): m = lambda m_old + (1 - lambda) m_new
 * @param initRange     initial messages uniform in [-initRange, initRange] (magnetizations), in [0, 1)
 * @param representation the message encoding
 * @param block         patterns updated together from the same beliefs (1 = plain sequential BP). Results
 *                      depend on the block size but never on the thread count.
 * @param threads       threads (>= 1): with block 1, 2 or more threads split each pattern's edges of the perceptron
 *                      kernel in two halves (same bits as one thread); with block B > 1, up to B threads update the
 *                      patterns of a block
 * @param exactInput    use the exact (convolution) input-layer factor instead of the Gaussian one: O(N^2) per
 *                      message, for small N only (tests on tree-like and tiny instances)
 * @param symmetryBreaking committees only (K > 1, ignored for K = 1): every weight gets a fixed prior field drawn
 *                      uniformly in +-symmetryBreaking, independently per hidden unit, for the whole run. The BP fixed
 *                      point at y = 1 is symmetric under permutations of the hidden units (the exact marginals are),
 *                      and from it the reinforcement, which only sees marginals, cannot specialise the units: without
 *                      this field converged committee BP collapses onto K identical units (simulation/docs/bp.md,
 *                      "Committee machine"). 0 switches it off.
 */
public record BpParameters(double epsilon, int maxIters, double damping, double initRange,
                           Representation representation, int block, int threads, boolean exactInput,
                           double symmetryBreaking) {

    /** Default {@link #symmetryBreaking()} field for committees. */
    public static final double DEFAULT_SYMMETRY_BREAKING = 0.1;

    public BpParameters {
        if (!(epsilon > 0) || Double.isInfinite(epsilon)) {
            throw new IllegalArgumentException("epsilon = " + epsilon + " must be > 0 and finite");
        }
        if (maxIters < 1) {
            throw new IllegalArgumentException("max-iters = " + maxIters + " must be >= 1");
        }
        if (!(damping >= 0 && damping < 1)) {
            throw new IllegalArgumentException("damping = " + damping + " must be in [0, 1)");
        }
        if (!(initRange >= 0 && initRange < 1)) {
            throw new IllegalArgumentException("init range = " + initRange + " must be in [0, 1)");
        }
        if (representation == null) {
            throw new IllegalArgumentException("representation must be given");
        }
        if (block < 1) {
            throw new IllegalArgumentException("block = " + block + " must be >= 1");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads = " + threads + " must be >= 1");
        }
        if (!(symmetryBreaking >= 0) || Double.isInfinite(symmetryBreaking)) {
            throw new IllegalArgumentException("symmetry breaking = " + symmetryBreaking + " must be >= 0 and finite");
        }
    }

    /** Settings with the default committee symmetry breaking ({@value #DEFAULT_SYMMETRY_BREAKING}). */
    public BpParameters(double epsilon, int maxIters, double damping, double initRange, Representation representation,
                        int block, int threads, boolean exactInput) {
        this(epsilon, maxIters, damping, initRange, representation, block, threads, exactInput,
                DEFAULT_SYMMETRY_BREAKING);
    }

    /**
     * The text of the implicit record {@code toString} (same format, the CLI prints it as provenance), written out
     * because the implicit one is bootstrapped through {@code java.lang.runtime.ObjectMethods} method handles on
     * first use: about 50 ms of CPU at every start of {@code ./re simulate fbp} (simulation/docs/bp-benchmarks.md).
     */
    @Override
    public String toString() {
        return new StringBuilder(200).append("BpParameters[epsilon=").append(epsilon).append(", maxIters=")
                .append(maxIters).append(", damping=").append(damping).append(", initRange=").append(initRange)
                .append(", representation=").append(representation).append(", block=").append(block)
                .append(", threads=").append(threads).append(", exactInput=").append(exactInput)
                .append(", symmetryBreaking=").append(symmetryBreaking).append(']').toString();
    }

    /** @return the documented defaults */
    public static BpParameters defaults() {
        return new BpParameters(1e-3, 1000, 0.0, 0.01, Representation.FIELD, 1, 1, false);
    }

    /**
     * The toolkit's focusing-BP defaults per machine type, chosen from measurements (simulation/docs/bp.md,
     * "Defaults of simulate fbp"): the authors' {@link #defaults()} with damping 0.5 (undamped BP stops converging
     * as the focusing grows: a step then costs maxIters sweeps), and for committees (K > 1) the authors' committee
     * example on top, initial messages +-0.1 and one sweep per protocol step.
     *
     * @param k hidden units (1 = perceptron)
     */
    public static BpParameters fbpDefaults(int k) {
        BpParameters p = defaults().withDamping(0.5);
        return k > 1 ? p.withInitRange(0.1).withMaxIters(1) : p;
    }

    /** @return a copy with another epsilon */
    public BpParameters withEpsilon(double e) {
        return new BpParameters(e, maxIters, damping, initRange, representation, block, threads, exactInput,
                symmetryBreaking);
    }

    /** @return a copy with another sweep limit */
    public BpParameters withMaxIters(int it) {
        return new BpParameters(epsilon, it, damping, initRange, representation, block, threads, exactInput,
                symmetryBreaking);
    }

    /** @return a copy with another damping */
    public BpParameters withDamping(double d) {
        return new BpParameters(epsilon, maxIters, d, initRange, representation, block, threads, exactInput,
                symmetryBreaking);
    }

    /** @return a copy with another initial range */
    public BpParameters withInitRange(double r) {
        return new BpParameters(epsilon, maxIters, damping, r, representation, block, threads, exactInput,
                symmetryBreaking);
    }

    /** @return a copy with another representation */
    public BpParameters withRepresentation(Representation r) {
        return new BpParameters(epsilon, maxIters, damping, initRange, r, block, threads, exactInput, symmetryBreaking);
    }

    /** @return a copy with another block size */
    public BpParameters withBlock(int b) {
        return new BpParameters(epsilon, maxIters, damping, initRange, representation, b, threads, exactInput,
                symmetryBreaking);
    }

    /** @return a copy with another thread count */
    public BpParameters withThreads(int t) {
        return new BpParameters(epsilon, maxIters, damping, initRange, representation, block, t, exactInput,
                symmetryBreaking);
    }

    /** @return a copy using the exact input-layer factor */
    public BpParameters withExactInput(boolean e) {
        return new BpParameters(epsilon, maxIters, damping, initRange, representation, block, threads, e,
                symmetryBreaking);
    }

    /** @return a copy with another committee symmetry-breaking field (0 = off) */
    public BpParameters withSymmetryBreaking(double h) {
        return new BpParameters(epsilon, maxIters, damping, initRange, representation, block, threads, exactInput, h);
    }
}
