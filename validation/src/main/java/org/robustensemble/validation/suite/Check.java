package org.robustensemble.validation.suite;

/**
 * One theory-versus-measurement comparison of the suite. Every check measures with a statistical error on
 * independent instances, derives a finite-size allowance (k standard errors plus a finite-size term from a fit
 * or a documented bound) and returns rows that pass or fail; its tests include a negative control (the same
 * measurement against a wrong prediction must fail).
 */
public interface Check {
    /** @return the check's name, as in {@code re validate suite --only NAME} */
    String name();

    /** @return one line: what is compared */
    String description();

    /** Runs the check. */
    CheckResult run(Context ctx);
}
