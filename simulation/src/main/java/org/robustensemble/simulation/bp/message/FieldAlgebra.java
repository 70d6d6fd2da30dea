package org.robustensemble.simulation.bp.message;

import org.robustensemble.simulation.bp.Representation;

/**
 * Messages stored as fields h = atanh(m): combine adds, cavity subtracts (exact, no saturation problem);
 * factor-to-weight messages are clamped to |h| <= {@value #CLAMP}; the erf message is computed as
 * (ln erfc(x+) - ln erfc(x-)) / 2 with {@link ErrorFunctions#lnErfc}, so deep tails never underflow.
 * The precise default representation.
 */
public final class FieldAlgebra implements MessageAlgebra {
    /** Largest |field| of a single message (tanh(30) = 1 to double precision). */
    public static final double CLAMP = 30.0;
    static final FieldAlgebra INSTANCE = new FieldAlgebra();
    private static final double INV_SQRT2 = 1.0 / Math.sqrt(2.0);

    private FieldAlgebra() {
    }

    /** @return the shared instance */
    public static FieldAlgebra instance() {
        return INSTANCE;
    }

    static double clamp(double h) {
        return h > CLAMP ? CLAMP : (h < -CLAMP ? -CLAMP : h);
    }

    @Override
    public Representation representation() {
        return Representation.FIELD;
    }

    @Override
    public double fromMagnetization(double m) {
        if (m >= 1) {
            return CLAMP;
        }
        if (m <= -1) {
            return -CLAMP;
        }
        return clamp(0.5 * Math.log((1 + m) / (1 - m)));
    }

    @Override
    public double toMagnetization(double x) {
        return ErrorFunctions.tanh(x);
    }

    @Override
    public double fromField(double h) {
        return clamp(h);
    }

    @Override
    public double toField(double x) {
        return x;
    }

    @Override
    public double certain(int sign) {
        return sign > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    }

    @Override
    public double combine(double a, double b) {
        return a + b;
    }

    @Override
    public double cavity(double total, double part) {
        return total - part;
    }

    @Override
    public double damp(double old, double fresh, double lambda) {
        if (lambda == 0) {
            return fresh;
        }
        return fromMagnetization(lambda * ErrorFunctions.tanh(old) + (1 - lambda) * ErrorFunctions.tanh(fresh));
    }

    @Override
    public double distance(double a, double b) {
        return Math.abs(ErrorFunctions.tanh(a) - ErrorFunctions.tanh(b));
    }

    @Override
    public double erfMessage(double mubar, double s2bar, double xi, double hout) {
        double scale = INV_SQRT2 / Math.sqrt(s2bar);
        double ap = (mubar + xi) * scale;
        double am = (mubar - xi) * scale;
        if (hout == Double.POSITIVE_INFINITY || hout == Double.NEGATIVE_INFINITY) {
            double s = hout > 0 ? 1.0 : -1.0;
            return clamp(0.5 * lnErfcRatio(-s * ap, -s * am));
        }
        // P(w) ~ e^{g} erfc(-a_w) + e^{-g} erfc(a_w)
        double lp = logSumExp(hout + ErrorFunctions.lnErfc(-ap), -hout + ErrorFunctions.lnErfc(ap));
        double lm = logSumExp(hout + ErrorFunctions.lnErfc(-am), -hout + ErrorFunctions.lnErfc(am));
        return clamp(0.5 * (lp - lm));
    }

    @Override
    public double erfMessageDamped(double mubar, double s2bar, double xi, double hout, double old, double lambda) {
        if (hout != Double.POSITIVE_INFINITY && hout != Double.NEGATIVE_INFINITY) {
            double fresh = erfMessage(mubar, s2bar, xi, hout);
            return lambda == 0 ? fresh : damp(old, fresh, lambda);
        }
        double scale = INV_SQRT2 / Math.sqrt(s2bar);
        double s = hout > 0 ? 1.0 : -1.0;
        double xp = -s * (mubar + xi) * scale;
        double xm = -s * (mubar - xi) * scale;
        if (xp < ErrorFunctions.ERFC_MAX && xm < ErrorFunctions.ERFC_MAX) {
            // moderate arguments: erfc from the direct table, one logarithm, no exponential
            double cp = ErrorFunctions.erfcFast(xp);
            double cm = ErrorFunctions.erfcFast(xm);
            if (lambda == 0) {
                return clamp(0.5 * Math.log(cp / cm));
            }
            double mNew = (cp - cm) / (cp + cm);
            return fromMagnetization(lambda * ErrorFunctions.tanh(old) + (1 - lambda) * mNew);
        }
        double fresh = clamp(0.5 * lnErfcRatio(xp, xm));
        return lambda == 0 ? fresh : damp(old, fresh, lambda);
    }

    /** @return ln erfc(x1) - ln erfc(x2), computed with one logarithm when both arguments are positive */
    static double lnErfcRatio(double x1, double x2) {
        if (x1 >= 0 && x2 >= 0) {
            return Math.log(ErrorFunctions.erfcxPositive(x1) / ErrorFunctions.erfcxPositive(x2))
                    - (x1 - x2) * (x1 + x2);
        }
        return ErrorFunctions.lnErfc(x1) - ErrorFunctions.lnErfc(x2);
    }

    public static double logSumExp(double a, double b) {
        double mx = Math.max(a, b);
        if (mx == Double.NEGATIVE_INFINITY) {
            return mx;
        }
        return mx + Math.log(1 + Math.exp(Math.min(a, b) - mx));
    }

    @Override
    public double focusing(double cavity, double gamma, double y) {
        if (y == 1 || gamma == 0) {
            return 0.0;
        }
        double v = ErrorFunctions.atanhTanhProduct(gamma, cavity);
        if (y == Double.POSITIVE_INFINITY) {
            return clamp(gamma * Math.signum(cavity));
        }
        return clamp(ErrorFunctions.atanhTanhProduct(gamma, (y - 1) * v));
    }
}
