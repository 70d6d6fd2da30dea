package org.robustensemble.simulation.bp.message;

import org.robustensemble.simulation.bp.Representation;

/**
 * Messages stored as plain magnetizations m, clamped to |m| <= 1 - {@value #EPS}: combine (a+b)/(1+ab), cavity
 * (t-p)/(1-tp), no logarithms on the hot path. Fast; precision degrades when messages saturate (the cavity of a
 * saturated total is not recoverable), which is the documented price of this representation.
 */
public final class MagnetizationAlgebra implements MessageAlgebra {
    /** Distance of the clamp from +-1. */
    public static final double EPS = 1e-15;
    private static final double MAX = 1 - EPS;
    static final MagnetizationAlgebra INSTANCE = new MagnetizationAlgebra();
    private static final double INV_SQRT2 = 1.0 / Math.sqrt(2.0);

    private MagnetizationAlgebra() {
    }

    /** @return the shared instance */
    public static MagnetizationAlgebra instance() {
        return INSTANCE;
    }

    static double clamp(double m) {
        return m > MAX ? MAX : (m < -MAX ? -MAX : m);
    }

    @Override
    public Representation representation() {
        return Representation.MAGNETIZATION;
    }

    @Override
    public double fromMagnetization(double m) {
        return clamp(m);
    }

    @Override
    public double toMagnetization(double x) {
        return x;
    }

    @Override
    public double fromField(double h) {
        return clamp(ErrorFunctions.tanh(h));
    }

    @Override
    public double toField(double x) {
        double m = clamp(x);
        return 0.5 * Math.log((1 + m) / (1 - m));
    }

    @Override
    public double certain(int sign) {
        return sign > 0 ? 1.0 : -1.0;
    }

    @Override
    public double combine(double a, double b) {
        return clamp((a + b) / (1 + a * b));
    }

    @Override
    public double cavity(double total, double part) {
        double den = 1 - total * part;
        if (den <= 0) {
            return 0.0;
        }
        return clamp((total - part) / den);
    }

    @Override
    public double damp(double old, double fresh, double lambda) {
        return lambda == 0 ? fresh : clamp(lambda * old + (1 - lambda) * fresh);
    }

    @Override
    public double distance(double a, double b) {
        return Math.abs(a - b);
    }

    @Override
    public double erfMessage(double mubar, double s2bar, double xi, double hout) {
        double scale = INV_SQRT2 / Math.sqrt(s2bar);
        double ap = (mubar + xi) * scale;
        double am = (mubar - xi) * scale;
        if (hout == 1.0 || hout == -1.0) {
            // P(w) ~ erfc(-s a_w)
            double xp = -hout * ap;
            double xm = -hout * am;
            if ((xp < ErrorFunctions.ERFC_MAX && xm < ErrorFunctions.ERFC_MAX) || xp < 0 || xm < 0) {
                double cp = ErrorFunctions.erfcFast(xp);
                double cm = ErrorFunctions.erfcFast(xm);
                return clamp((cp - cm) / (cp + cm));
            }
            // both in the deep tail: ratio r = P(+)/P(-) from erfcx and one exponential
            double r = ErrorFunctions.erfcx(xp) / ErrorFunctions.erfcx(xm) * Math.exp(-(xp - xm) * (xp + xm));
            return clamp(r >= 1 ? (1 - 1 / r) / (1 + 1 / r) : (r - 1) / (r + 1));
        }
        double ep = 1 - ErrorFunctions.erfcFast(ap);
        double em = 1 - ErrorFunctions.erfcFast(am);
        return clamp(hout * (ep - em) / (2 + hout * (ep + em)));
    }

    @Override
    public double focusing(double cavity, double gamma, double y) {
        if (y == 1 || gamma == 0) {
            return 0.0;
        }
        double p = ErrorFunctions.tanh(gamma);
        if (y == Double.POSITIVE_INFINITY) {
            return clamp(p * Math.signum(cavity));
        }
        double pm = p * cavity;
        double at = 0.5 * Math.log((1 + pm) / (1 - pm));
        return clamp(p * ErrorFunctions.tanh((y - 1) * at));
    }
}
