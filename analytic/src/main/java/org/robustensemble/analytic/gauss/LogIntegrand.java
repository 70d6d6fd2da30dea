package org.robustensemble.analytic.gauss;

/**
 * The logarithm g(z) of an integrand over the real line, with its first two derivatives, as used by
 * {@link PeakQuadrature}: the integral is int dz exp(g(z)). For a Gaussian expectation E[f(z)] take
 * g(z) = -z^2/2 - ln sqrt(2 pi) + ln f(z).
 */
public interface LogIntegrand {
    /** @return g(z) */
    double value(double z);

    /**
     * g at a quadrature node, called once per node in order of creation with its index; integrands override it
     * to keep values they need afterwards (observables at the nodes) without recomputing them.
     */
    default double nodeValue(double z, int index) {
        return value(z);
    }

    /**
     * @param out receives {g(z), g'(z), g''(z)}
     */
    void derivatives(double z, double[] out);
}
