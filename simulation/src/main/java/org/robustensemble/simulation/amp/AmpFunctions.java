package org.robustensemble.simulation.amp;

import org.hipparchus.special.Erf;

/**
 * The scalar functions of focusing AMP (simulation/docs/bp.md, "Approximate message passing"): the output channel
 * of a perceptron pattern with its label, sign(sigma Delta) = +1 with Delta Gaussian of mean omega and variance V
 * (docs/theory.md 4.3, the Gaussian factor), its log-partition ln H(-sigma omega / sqrt V) and derivative; the binary
 * prior with the focusing factor of docs/theory.md 4.3 (the traced reference of y replicas coupled by
 * exp(gamma W Wref)) and that factor's free-entropy term, overlap and reference magnetization.
 *
 * <p>Conventions of docs/theory.md 1: H(x) = int_x^inf Dz, G(x) = exp(-x^2/2)/sqrt(2 pi). Tails are in log space
 * (a continued fraction of the Mills ratio H/G for x > {@value #TAIL}); gamma and y may be +infinity.
 */
public final class AmpFunctions {
    /** Beyond this argument H(x)/G(x) comes from its continued fraction, below from erfc. */
    static final double TAIL = 4.0;
    /** Terms of the continued fraction (backward evaluation; relative error below 1e-15 for x >= 4). */
    private static final int CF_TERMS = 80;
    /** Largest absolute focusing field (the clamp of fBP's field representation, bp.md). */
    public static final double FIELD_CLAMP = 30.0;
    private static final double LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
    private static final double INV_SQRT2 = 1 / Math.sqrt(2);

    private AmpFunctions() {
    }

    /** Mills ratio H(x)/G(x) for x >= {@value #TAIL}: 1/(x + 1/(x + 2/(x + 3/(x + ...)))). */
    private static double millsTail(double x) {
        double d = x;
        for (int k = CF_TERMS; k >= 1; k--) {
            d = x + k / d;
        }
        return 1 / d;
    }

    /** @return ln H(x), finite for every finite x */
    public static double lnH(double x) {
        if (x > TAIL) {
            return -0.5 * x * x - LN_SQRT_2PI + Math.log(millsTail(x));
        }
        if (x < 0) {
            return Math.log1p(-0.5 * Erf.erfc(-x * INV_SQRT2));
        }
        return Math.log(0.5 * Erf.erfc(x * INV_SQRT2));
    }

    /** @return G(x)/H(x) (the inverse Mills ratio), for every finite x; ~ x for large x */
    public static double gOverH(double x) {
        if (x > TAIL) {
            return 1 / millsTail(x);
        }
        return Math.exp(-0.5 * x * x - LN_SQRT_2PI) / (0.5 * Erf.erfc(x * INV_SQRT2));
    }

    /** @return ln 2cosh(x), stable for all x (|x| for infinite x) */
    public static double lnTwoCosh(double x) {
        double a = Math.abs(x);
        if (a == Double.POSITIVE_INFINITY) {
            return a;
        }
        return a + Math.log1p(Math.exp(-2 * a));
    }

    /**
     * atanh(tanh(g) tanh(x)) = (ln cosh(x + g) - ln cosh(x - g)) / 2: the field of a binary variable seen through a
     * coupling exp(g W W'). g >= 0 may be infinite (then x), x may be infinite (then sign(x) g).
     */
    public static double atanhTanh(double g, double x) {
        if (g == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return Math.copySign(g, x);
        }
        return 0.5 * (lnTwoCosh(x + g) - lnTwoCosh(x - g));
    }

    /**
     * The focusing field of docs/theory.md 4.3 in field form: atanh(p tanh((y - 1) atanh(p tanh a))), p = tanh(gamma),
     * with a the cavity field of the weight without its focusing factor; 0 for y = 1 or gamma = 0; p sign(a) (field
     * gamma sign(a)) for y = infinity. Clamped to +-{@value #FIELD_CLAMP}.
     */
    public static double focusingField(double a, double gamma, double y) {
        if (y == 1 || gamma == 0) {
            return 0;
        }
        double v = atanhTanh(gamma, a);
        double inner = y == Double.POSITIVE_INFINITY ? (v == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, v))
                : (y - 1) * v;
        double f = atanhTanh(gamma, inner);
        return Math.max(-FIELD_CLAMP, Math.min(FIELD_CLAMP, f));
    }

    /**
     * ln 2cosh(a + s gamma) for s = +-1, normalised by exp(-gamma) (the coupling exp(gamma (W Wref - 1))) when
     * gamma is infinite so that it stays finite (then s a).
     */
    private static double branch(double a, double gamma, int s) {
        return gamma == Double.POSITIVE_INFINITY ? s * a : lnTwoCosh(a + s * gamma);
    }

    /**
     * The focusing factor's free-entropy term per replica, (1/y) ln sum_{s = +-1} [2cosh(a + gamma s)]^y: the exact
     * free entropy of y replicas of one weight with cavity field a coupled to a traced reference, divided by y (the
     * normalisation of docs/theory.md 3.2: gamma = 0 gives ln 2cosh a + ln 2 / y; gamma = infinity uses
     * exp(gamma (W Wref - 1)) and gives (1/y) ln 2cosh(y a); y = infinity gives the larger branch).
     */
    public static double focusingFreeEntropy(double a, double gamma, double y) {
        double lp = branch(a, gamma, 1);
        double lm = branch(a, gamma, -1);
        double hi = Math.max(lp, lm);
        if (y == Double.POSITIVE_INFINITY) {
            return hi;
        }
        return hi + Math.log1p(Math.exp(-y * Math.abs(lp - lm))) / y;
    }

    /** Weight of the reference branch s = +1 in {@link #focusingFreeEntropy}: 1/(1 + exp(-y (L+ - L-))). */
    private static double plusWeight(double a, double gamma, double y) {
        double d = branch(a, gamma, 1) - branch(a, gamma, -1);
        if (d == 0) {
            return 0.5;
        }
        if (y == Double.POSITIVE_INFINITY) {
            return d > 0 ? 1 : 0;
        }
        return 1 / (1 + Math.exp(-y * d));
    }

    /** @return the replica-reference overlap &lt;W Wref&gt; of the focusing factor with cavity field a (1 at gamma = inf) */
    public static double focusingOverlap(double a, double gamma, double y) {
        double wp = plusWeight(a, gamma, y);
        return wp * Math.tanh(a + gamma) - (1 - wp) * Math.tanh(a - gamma);
    }

    /** @return the reference magnetization &lt;Wref&gt; of the focusing factor with cavity field a */
    public static double referenceMagnetization(double a, double gamma, double y) {
        return 2 * plusWeight(a, gamma, y) - 1;
    }
}
