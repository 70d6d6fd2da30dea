package org.robustensemble.simulation.amp;

import org.robustensemble.simulation.bp.BpParameters;
import org.robustensemble.simulation.bp.Representation;

/**
 * Settings of a focusing AMP run (simulation/docs/bp.md, "Approximate message passing"); the meanings follow fBP's
 * {@link BpParameters} with one AMP iteration in place of one BP sweep.
 *
 * @param epsilon   convergence threshold on the largest change, in a (damped) iteration, of a pattern-to-weight
 *                  message as a magnetization (AMP's message of pattern mu to every weight is xi g_mu to leading
 *                  order, so the change is max_mu |tanh g_mu^new - tanh g_mu^old|)
 * @param maxIters  maximum iterations per protocol step
 * @param damping   lambda in [0, 1): the output messages g and their sums b (the cavity fields of the weights) are
 *                  mixed as lambda old + (1 - lambda) new, which is fBP's damping of its pattern-to-weight messages
 *                  to leading order
 * @param initRange initial magnetizations uniform in [-initRange, initRange], in [0, 1)
 * @param threads   threads of the matrix products (>= 1); the results never depend on it
 */
public record AmpParameters(double epsilon, int maxIters, double damping, double initRange, int threads) {

    public AmpParameters {
        // the shared settings are validated as fBP validates them (same ranges, same messages)
        new BpParameters(epsilon, maxIters, damping, initRange, Representation.FIELD, 1, threads, false);
    }

    /** fBP's defaults ({@link BpParameters#defaults()}: epsilon 1e-3, 1000 iterations, no damping, +-0.01), 1 thread. */
    public static AmpParameters defaults() {
        return of(BpParameters.defaults());
    }

    /** Damping of {@link #fampDefaults()}. */
    public static final double FAMP_DAMPING = 0.5;

    /**
     * The defaults of {@code simulate famp}, chosen from measurements (simulation/docs/bp.md, "Defaults of simulate
     * famp"): {@link #defaults()} with damping {@value #FAMP_DAMPING} (undamped AMP stops converging as the focusing
     * grows, so that a step costs maxIters iterations and the run fails), 1 thread.
     */
    public static AmpParameters fampDefaults() {
        return defaults().withDamping(FAMP_DAMPING);
    }

    /** The shared settings of fBP's parameters (epsilon, max iterations, damping, initial range, threads). */
    public static AmpParameters of(BpParameters bp) {
        return new AmpParameters(bp.epsilon(), bp.maxIters(), bp.damping(), bp.initRange(), bp.threads());
    }

    /** @return a copy with another damping */
    public AmpParameters withDamping(double d) {
        return new AmpParameters(epsilon, maxIters, d, initRange, threads);
    }

    /** @return a copy with another thread count */
    public AmpParameters withThreads(int t) {
        return new AmpParameters(epsilon, maxIters, damping, initRange, t);
    }

    /** @return a copy with another epsilon */
    public AmpParameters withEpsilon(double e) {
        return new AmpParameters(e, maxIters, damping, initRange, threads);
    }

    /** @return a copy with another iteration limit */
    public AmpParameters withMaxIters(int it) {
        return new AmpParameters(epsilon, it, damping, initRange, threads);
    }
}
