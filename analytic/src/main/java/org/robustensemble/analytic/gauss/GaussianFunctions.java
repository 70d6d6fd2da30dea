package org.robustensemble.analytic.gauss;

/**
 * Numerically stable functions of the Gaussian measure, in the conventions of docs/theory.md section 1:
 * G(x) = exp(-x^2/2)/sqrt(2 pi), H(x) = int_x^inf Dz = erfc(x/sqrt 2)/2.
 *
 * <p>Everything rests on the scaled complementary error function erfcx(z) = exp(z^2) erfc(z), which stays of
 * order 1/z for large z, so that ln H(x) = -x^2/2 + ln(erfcx(x/sqrt 2)/2) never underflows. erfcx is evaluated
 * with piecewise Chebyshev expansions on [0, 16] (coefficients computed once at class initialisation from
 * the Laplace continued fraction of erfc and from the Maclaurin series of erf, both run to full double
 * precision) and with the continued fraction itself beyond. Relative accuracy is about 1e-14 (typically 1e-15) on the whole line
 * (see {@code GaussianFunctionsTest}, which compares with 40-digit reference values on x in [-40, 40]).
 */
public final class GaussianFunctions {
    private static final double SQRT2 = Math.sqrt(2.0);
    private static final double INV_SQRT2 = 1.0 / SQRT2;
    private static final double INV_SQRT_2PI = 1.0 / Math.sqrt(2.0 * Math.PI);
    private static final double SQRT_2_OVER_PI = Math.sqrt(2.0 / Math.PI);
    private static final double INV_SQRT_PI = 1.0 / Math.sqrt(Math.PI);

    /** Piece boundaries of the Chebyshev expansions of erfcx on [0, 16]. */
    private static final double[] EDGES = {0, 0.5, 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10, 12, 16};
    private static final int DEGREE = 22;
    private static final double[][] COEFFS = new double[EDGES.length - 1][];

    static {
        for (int p = 0; p < EDGES.length - 1; p++) {
            COEFFS[p] = chebyshevFit(EDGES[p], EDGES[p + 1], DEGREE);
        }
    }

    private GaussianFunctions() {
    }

    /** @return G(x) = exp(-x^2/2)/sqrt(2 pi), the standard normal density */
    public static double g(double x) {
        return Math.exp(-0.5 * x * x) * INV_SQRT_2PI;
    }

    /** @return H(x) = P(z > x) for a standard normal z, accurate in relative terms on the whole line */
    public static double h(double x) {
        if (x >= 0) {
            return 0.5 * Math.exp(-0.5 * x * x) * erfcx(x * INV_SQRT2);
        }
        return 1.0 - 0.5 * Math.exp(-0.5 * x * x) * erfcx(-x * INV_SQRT2);
    }

    /** @return ln H(x), finite for every finite x (asymptotically -x^2/2 - ln(x sqrt(2 pi)) for large x) */
    public static double lnH(double x) {
        if (x >= 0) {
            return -0.5 * x * x + Math.log(0.5 * erfcx(x * INV_SQRT2));
        }
        return log1p(-0.5 * Math.exp(-0.5 * x * x) * erfcx(-x * INV_SQRT2));
    }

    /**
     * @return G(x)/H(x), the inverse Mills ratio (the derivative of -ln H), without overflow: it tends to x for
     *         large x and to G(x) for very negative x
     */
    public static double gOverH(double x) {
        if (x >= 0) {
            return SQRT_2_OVER_PI / erfcx(x * INV_SQRT2);
        }
        return g(x) / (1.0 - 0.5 * Math.exp(-0.5 * x * x) * erfcx(-x * INV_SQRT2));
    }

    /**
     * ln H(x) and G(x)/H(x) together, sharing one erfcx evaluation (the hot path of the energetic integrals).
     *
     * @param x     the argument
     * @param ratio receives G(x)/H(x) in ratio[0]
     * @return ln H(x)
     */
    public static double lnHWithRatio(double x, double[] ratio) {
        if (x >= 0) {
            double e = erfcx(x * INV_SQRT2);
            ratio[0] = SQRT_2_OVER_PI / e;
            return -0.5 * x * x + Math.log(0.5 * e);
        }
        double ex = Math.exp(-0.5 * x * x);
        double hc = 0.5 * ex * erfcx(-x * INV_SQRT2);
        ratio[0] = ex * INV_SQRT_2PI / (1.0 - hc);
        return log1p(-hc);
    }

    /**
     * tanh(x) without the slow StrictMath path: (1 - e)/(1 + e) with e = exp(-2|x|), absolute error below
     * 3e-16; small arguments (|x| &lt; 1/8, where that form loses relative accuracy) go to Math.tanh.
     */
    public static double tanh(double x) {
        double a = Math.abs(x);
        if (a < 0.125) {
            return Math.tanh(x);
        }
        double e = Math.exp(-2.0 * a);
        double t = (1.0 - e) / (1.0 + e);
        return x < 0 ? -t : t;
    }

    /**
     * @return ln(2 cosh x) = |x| + ln(1 + exp(-2|x|)), without overflow; absolute error below 2e-16 (the value
     *         is at least ln 2, so the cheap ln(1 + e) is as good as log1p here and much faster)
     */
    public static double lnTwoCosh(double x) {
        double a = Math.abs(x);
        return a + Math.log(1.0 + Math.exp(-2.0 * a));
    }

    /**
     * log1p accurate to a few ulps without the slow StrictMath call: ln(1+u) * u / ((1+u) - 1) (Goldberg's
     * correction, "What every computer scientist should know about floating-point arithmetic", 1991).
     */
    static double log1p(double u) {
        double v = 1.0 + u;
        if (v == 1.0) {
            return u;
        }
        return Math.log(v) * u / (v - 1.0);
    }

    /** @return the binary entropy H2(d) = -d ln d - (1-d) ln(1-d) (natural log), with H2(0) = H2(1) = 0 */
    public static double binaryEntropy(double d) {
        if (d < 0 || d > 1) {
            throw new IllegalArgumentException("d = " + d + " must be in [0, 1]");
        }
        double s = 0;
        if (d > 0) {
            s -= d * Math.log(d);
        }
        if (d < 1) {
            s -= (1 - d) * Math.log1p(-d);
        }
        return s;
    }


    /**
     * The scaled complementary error function erfcx(z) = exp(z^2) erfc(z).
     *
     * @param z any real; for z &lt; 0 the result grows like 2 exp(z^2) and overflows below about -26.6
     * @return erfcx(z)
     */
    public static double erfcx(double z) {
        if (z < 0) {
            double e = Math.exp(z * z);
            return 2.0 * e - erfcx(-z);
        }
        if (z < EDGES[EDGES.length - 1]) {
            int p = piece(z);
            double a = EDGES[p];
            double b = EDGES[p + 1];
            return clenshaw(COEFFS[p], (2.0 * z - a - b) / (b - a));
        }
        return continuedFraction(z, 12);
    }

    private static int piece(double z) {
        int lo = 0;
        int hi = EDGES.length - 2;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (z >= EDGES[mid]) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private static double clenshaw(double[] c, double t) {
        double b1 = 0;
        double b2 = 0;
        double t2 = 2.0 * t;
        for (int k = c.length - 1; k >= 1; k--) {
            double b0 = Math.fma(t2, b1, c[k] - b2);
            b2 = b1;
            b1 = b0;
        }
        return Math.fma(t, b1, c[0] - b2);
    }

    /**
     * Laplace continued fraction sqrt(pi) erfcx(z) = 1/(z + (1/2)/(z + 1/(z + (3/2)/(z + ...)))), evaluated
     * bottom-up with a fixed depth (accurate to double precision for z >= 2 with depth 80, z >= 16 with 12).
     */
    static double continuedFraction(double z, int depth) {
        double t = z;
        for (int k = depth; k >= 1; k--) {
            t = z + 0.5 * k / t;
        }
        return INV_SQRT_PI / t;
    }

    /**
     * Reference erfcx used only to build the expansions: Maclaurin series of erf below 0.3 (where 1 - erf has no
     * cancellation), else the continued fraction at depth 2000 (converged to double precision for z >= 0.3).
     */
    static double erfcxReference(double z) {
        if (z < 0.3) {
            // erf(z) = 2/sqrt(pi) sum_n (-1)^n z^(2n+1) / (n! (2n+1))
            double term = z;
            double sum = z;
            double z2 = z * z;
            for (int n = 1; n < 200; n++) {
                term *= -z2 / n;
                double add = term / (2 * n + 1);
                sum += add;
                if (Math.abs(add) < 1e-18 * Math.abs(sum)) {
                    break;
                }
            }
            return Math.exp(z2) * (1.0 - 2.0 * INV_SQRT_PI * sum);
        }
        return continuedFraction(z, 2000);
    }

    /** Chebyshev interpolation coefficients of erfcxReference on [a, b] at the Chebyshev points of the first kind. */
    private static double[] chebyshevFit(double a, double b, int degree) {
        int n = degree + 1;
        double[] f = new double[n];
        for (int j = 0; j < n; j++) {
            double t = Math.cos(Math.PI * (j + 0.5) / n);
            f[j] = erfcxReference(0.5 * (a + b) + 0.5 * (b - a) * t);
        }
        double[] c = new double[n];
        double cmax = 0;
        for (int k = 0; k < n; k++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += f[j] * Math.cos(Math.PI * k * (j + 0.5) / n);
            }
            c[k] = (k == 0 ? 1.0 : 2.0) * s / n;
            cmax = Math.max(cmax, Math.abs(c[k]));
        }
        // trailing coefficients at the rounding level are noise: they would add up at the ends of the interval
        int keep = n;
        while (keep > 1 && Math.abs(c[keep - 1]) < 2e-17 * cmax) {
            keep--;
        }
        return java.util.Arrays.copyOf(c, keep);
    }
}
