package org.robustensemble.simulation.bp.message;

import org.robustensemble.simulation.bp.Representation;

/**
 * The arithmetic of BP messages on binary (+-1) variables, independent of how a message is stored.
 *
 * <p>A message is a magnetization m in [-1, 1] (equivalently a field h = atanh m). Each implementation encodes it
 * as one {@code double}: {@link FieldAlgebra} stores the field (precise, the default: combine = add, cavity =
 * subtract, tails evaluated in log space), {@link MagnetizationAlgebra} stores m itself (fast: rational
 * arithmetic only, but precision is lost when messages saturate). The BP engine talks to this interface, so
 * both representations run the same algorithm and pass the same tests (docs/theory.md section 4.3; the same split as
 * the authors' BinaryCommitteeMachineFBP.jl "tanh" and "plain" formats); for the perceptron (K = 1) the hot
 * pattern update is written out per representation in {@link org.robustensemble.simulation.bp.factor.PerceptronKernel}, which computes the same messages
 * (tested against this interface's path).
 */
public interface MessageAlgebra {

    /** @return which representation this is */
    Representation representation();

    /** @return the encoding of magnetization m */
    double fromMagnetization(double m);

    /** @return the magnetization encoded by x */
    double toMagnetization(double x);

    /** @return the encoding of field h = atanh m */
    double fromField(double h);

    /** @return the field atanh m encoded by x (finite: saturated magnetizations give a large clamped field) */
    double toField(double x);

    /** @return the encoding of a certain +-1 value (an infinite field / magnetization +-1), used for labels */
    double certain(int sign);

    /** @return the uninformative message (m = 0) */
    default double neutral() {
        return 0.0;
    }

    /** @return the product of two messages: field a + b, magnetization (a + b) / (1 + a b) */
    double combine(double a, double b);

    /** @return the cavity of {@code part} removed from {@code total}: field t - p, magnetization (t-p)/(1-tp) */
    double cavity(double total, double part);

    /**
     * Damping, defined on magnetizations in both representations (so they agree):
     * m = lambda m_old + (1 - lambda) m_fresh.
     */
    double damp(double old, double fresh, double lambda);

    /** @return |m(a) - m(b)|, the distance used by the convergence test */
    double distance(double a, double b);

    /**
     * The Gaussian ("accurate") perceptron-factor message to weight W_i (docs/theory.md 4.3). The other inputs
     * give a Gaussian pre-activation of mean {@code mubar} and variance {@code s2bar}; W_i enters with
     * coefficient {@code xi}; the factor's output variable tau = sign(pre-activation) receives the belief
     * {@code hout} (an encoded message; {@link #certain(int)} for a label). With a_w = (mubar + xi w) /
     * sqrt(2 s2bar), P(w) is proportional to (1 + Hout) erfc(-a_w) + (1 - Hout) erfc(a_w), i.e. the message
     * (as magnetization) is Hout (erf a+ - erf a-) / (2 + Hout (erf a+ + erf a-)).
     */
    double erfMessage(double mubar, double s2bar, double xi, double hout);

    /**
     * {@link #erfMessage} followed by {@link #damp} with the old message; implementations may fuse the two to
     * save transcendental evaluations (the result must be the same up to rounding).
     */
    default double erfMessageDamped(double mubar, double s2bar, double xi, double hout, double old, double lambda) {
        double fresh = erfMessage(mubar, s2bar, xi, hout);
        return lambda == 0 ? fresh : damp(old, fresh, lambda);
    }

    /**
     * The focusing message to a weight (docs/theory.md 4.3): with p = tanh(gamma) and m the cavity magnetization of
     * the weight (all messages except the focusing one), u = p tanh((y - 1) atanh(p m)); u = 0 if y = 1 or
     * gamma = 0; u = p sign(m) if y = infinity. Coupling convention exp(gamma W Wref).
     *
     * @param cavity the encoded cavity message
     * @param gamma  the coupling, >= 0, may be infinite
     * @param y      the number of replicas, >= 1, may be infinite
     */
    double focusing(double cavity, double gamma, double y);
}
