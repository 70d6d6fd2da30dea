package org.robustensemble.simulation.sgd;

/**
 * How the replicas of replicated SGD interact (PNAS 113:E7655, appendix C; docs/theory.md section 4.5).
 *
 * <p>The traced-out variants see the reference only through the integer sum S_i = sum_b W_i^b over the y
 * replicas (the reference is Wref_i = sign(S_i)). After replica a has taken its gradient step, each of its
 * continuous weights is kicked by
 * <pre>  H_i^a += lambda * ( target(gamma, S_i) - c(gamma, y) * W_i^a )</pre>
 * where W^a is the replica's binary weight after the gradient step and S_i still counts its weight before that
 * step. The variants differ only in {@link #target} and {@link #selfFactor}:
 * <ul>
 *   <li>{@link #TANH}: target = tanh(gamma S), c = 1 (the traced-reference formula, eq. C7);</li>
 *   <li>{@link #HARD_TANH}: target = clamp(gamma S, -1, 1), c = 1 (a cheaper surrogate of tanh);</li>
 *   <li>{@link #CORRECTED}: target = tanh(gamma S), c = tanh(gamma y) (the correction of eq. C9, in the form
 *       used by the authors' BinaryCommitteeMachineRSGD.jl: at S = y W the kick vanishes);</li>
 *   <li>{@link #CONTINUOUS}: target = S / y (the mean replica, a continuous traced reference), c = 1.</li>
 * </ul>
 * {@link #EXPLICIT} keeps a reference replica with its own continuous weights Href (no gradient steps); after
 * replica a's step both move towards each other: with d_i = (Wref_i - W_i^a)/2, H_i^a += lambda d_i and
 * Href_i -= lambda d_i (an elastic coupling of strength lambda; gamma is not used).
 */
public enum Coupling {
    /** tanh(gamma S) - W. */
    TANH,
    /** clamp(gamma S, -1, 1) - W. */
    HARD_TANH,
    /** tanh(gamma S) - tanh(gamma y) W. */
    CORRECTED,
    /** S / y - W. */
    CONTINUOUS,
    /** An explicit reference replica, elastic coupling (Wref - W)/2. */
    EXPLICIT;

    /** @return true for the variants where the reference is traced out (all but {@link #EXPLICIT}) */
    public boolean traced() {
        return this != EXPLICIT;
    }

    /**
     * The value the kick pulls a replica's weight towards, given the replica sum S = sum_b W_i^b.
     *
     * @param gamma the interaction strength (overlap convention, docs/theory.md section 1)
     * @param s     the replica sum, an integer in [-y, y]
     * @param y     the number of replicas
     */
    public double target(double gamma, int s, int y) {
        return switch (this) {
            case TANH, CORRECTED -> Math.tanh(gamma * s);
            case HARD_TANH -> Math.max(-1.0, Math.min(1.0, gamma * s));
            case CONTINUOUS -> (double) s / y;
            case EXPLICIT -> throw new UnsupportedOperationException("the explicit reference has no traced target");
        };
    }

    /** @return the coefficient c of the replica's own weight in the kick */
    public double selfFactor(double gamma, int y) {
        return this == CORRECTED ? Math.tanh(gamma * y) : 1.0;
    }

    /**
     * @return the table {@code t[s + y] = target(gamma, s, y)} for s = -y..y (only s = y mod 2 occur)
     */
    public double[] targetTable(double gamma, int y) {
        double[] t = new double[2 * y + 1];
        for (int s = -y; s <= y; s++) {
            t[s + y] = target(gamma, s, y);
        }
        return t;
    }

    /** @return the command-line name, e.g. {@code hard-tanh} */
    public String cliName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Parses a command-line name ({@code tanh, hard-tanh, corrected, continuous, explicit}). */
    public static Coupling parse(String s) {
        for (Coupling c : values()) {
            if (c.cliName().equalsIgnoreCase(s) || c.name().equalsIgnoreCase(s)) {
                return c;
            }
        }
        throw new IllegalArgumentException("coupling = " + s + " is not one of tanh, hard-tanh, corrected, continuous, explicit");
    }
}
