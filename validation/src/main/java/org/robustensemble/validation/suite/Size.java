package org.robustensemble.validation.suite;

/** The size of a validation run: {@link #CI} fits into the default test suite, {@link #FULL} is the referee's run. */
public enum Size {
    /** Small systems and few instances: seconds per check, the run of {@code mvn test}. */
    CI,
    /** The largest systems and most instances the check supports (minutes per check). */
    FULL
}
