package org.robustensemble.simulation;

/**
 * An algorithm could not produce a trustworthy result (a non-finite message, a diverging iteration, ...).
 * The message says what failed, where, and the last diagnostics. The command line maps it to exit code 3.
 */
public class SimulationFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SimulationFailure(String message) {
        super(message);
    }
}
