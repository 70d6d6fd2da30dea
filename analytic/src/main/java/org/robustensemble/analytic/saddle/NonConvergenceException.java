package org.robustensemble.analytic.saddle;

/**
 * A saddle-point (or root) solver did not converge. Carries the solver's {@link ConvergenceReport} so the caller
 * can see the iterations, the residual reached and the quadrature used. Never swallowed: a number that did not
 * converge is never returned silently.
 */
public class NonConvergenceException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ConvergenceReport report;

    public NonConvergenceException(String what, ConvergenceReport report) {
        super(what + " did not converge: " + report);
        this.report = report;
    }

    /** @return the diagnostics of the failed solve */
    public ConvergenceReport report() {
        return report;
    }
}
