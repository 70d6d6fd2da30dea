package org.robustensemble.simulation.bp.factor;

import org.robustensemble.simulation.bp.message.ErrorFunctions;
import org.robustensemble.simulation.bp.message.MessageAlgebra;

/**
 * The Gaussian ("accurate") input-layer factor of a hidden unit (docs/theory.md 4.3): with the cavity magnetizations
 * m_i of its N weights the pre-activation sum_i xi_i W_i is taken Gaussian, of mean mu = sum_i xi_i m_i and
 * variance s2 = sum_i (1 - m_i^2) (floored at {@value #S2_FLOOR}). Its messages: to weight i
 * {@link MessageAlgebra#erfMessage} with the cavity mean mu - xi_i m_i and variance s2 - (1 - m_i^2); to the
 * unit's output tau the magnetization erf(mu / sqrt(2 s2)); its Bethe term ln H(-sigma mu / sqrt(s2)) for a label
 * sigma.
 */
public final class GaussianInputFactor {
    /** Smallest variance of a pre-activation. */
    public static final double S2_FLOOR = 1e-12;
    private static final double INV_SQRT2 = 1.0 / Math.sqrt(2.0);

    private GaussianInputFactor() {
    }

    /** @return the magnetization erf(mu / sqrt(2 s2)) of the unit's output tau = sign(pre-activation) */
    public static double tau(double mu, double s2) {
        return ErrorFunctions.erf(mu * INV_SQRT2 / Math.sqrt(Math.max(s2, S2_FLOOR)));
    }

    /**
     * The damped message to weight i.
     *
     * @param mu     mean of the pre-activation (all weights)
     * @param s2     its variance (all weights)
     * @param mg     the cavity magnetization of weight i
     * @param x      xi_i
     * @param hout   the encoded belief of the output (the label's {@link MessageAlgebra#certain} for a perceptron)
     * @param old    the previous message
     * @param lambda damping
     */
    public static double message(MessageAlgebra a, double mu, double s2, double mg, double x, double hout, double old,
                                 double lambda) {
        double s2bar = Math.max(s2 - (1 - mg * mg), S2_FLOOR);
        return a.erfMessageDamped(mu - x * mg, s2bar, x, hout, old, lambda);
    }
}
