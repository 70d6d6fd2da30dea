package org.robustensemble.simulation.bp.message;

/**
 * Fast, accurate error functions for the BP kernels: the scaled complementary error function
 * erfcx(x) = exp(x^2) erfc(x), and from it erfc, erf, ln erfc and ln H (H(x) = erfc(x / sqrt 2) / 2,
 * docs/theory.md section 1) evaluated in log space so that deep tails never underflow.
 *
 * <p>Method: for 0 <= x < {@value #X_MAX}, a degree-{@value #ORDER} Taylor expansion of erfcx around the nearest
 * node of a grid of step 1/{@value #NODES_PER_UNIT}; the coefficients follow from the differential equation
 * erfcx' = 2 x erfcx - 2/sqrt(pi), i.e. f^(n+1) = 2x f^(n) + 2n f^(n-1), seeded by Hipparchus' erfc at the
 * node. For x >= {@value #X_MAX}, the asymptotic series erfcx(x) = 1/(x sqrt pi) sum_n (-1)^n (2n-1)!!/(2x^2)^n
 * (truncation error below 1e-16 there). Relative accuracy about 1e-14 (tested against Hipparchus). The erfc
 * values at the nodes come from {@link ErfcNodes} (Hipparchus' values, stored).
 */
public final class ErrorFunctions {
    static final double X_MAX = 12.0;
    static final int NODES_PER_UNIT = 32;
    static final int ORDER = 8;
    private static final int NODES = (int) (X_MAX * NODES_PER_UNIT) + 1;
    private static final double[] COEF = new double[NODES * ORDER];
    /** Hipparchus' erfc at the nodes of both tables ({@link #nodeAbscissae()}, {@link ErfcNodes}). */
    private static final double[] NODE_ERFC = ErfcNodes.values();
    private static final double INV_SQRT_PI = 1.0 / Math.sqrt(Math.PI);
    private static final double LN2 = Math.log(2.0);
    private static final double INV_SQRT2 = 1.0 / Math.sqrt(2.0);

    static {
        for (int j = 0; j < NODES; j++) {
            double x = (double) j / NODES_PER_UNIT;
            double f = NODE_ERFC[j] * Math.exp(x * x);
            double[] c = new double[ORDER];
            c[0] = f;
            c[1] = 2 * x * f - 2 * INV_SQRT_PI;
            for (int n = 1; n + 1 < ORDER; n++) {
                c[n + 1] = (2 * x * c[n] + 2 * c[n - 1]) / (n + 1);
            }
            System.arraycopy(c, 0, COEF, j * ORDER, ORDER);
        }
    }

    /**
     * erfc Taylor table on [-ERFC_MAX, ERFC_MAX] (no exponential, no sign branch): nodes every 1/512, degree 5
     * around the nearest node, i.e. |d| <= 1/1024. The remainder is below |erfc^(6)| d^6 / 6! ~ erfc (2x)^6
     * 1.2e-21, i.e. 4e-15 relative at x = 6; the accuracy there is set anyway by the conditioning of erfc,
     * 2 x ulp(x) ~ 1e-14 relative (tested against Hipparchus over the whole range). The derivatives follow from
     * erfc^(n+1)(x) = (-1)^n H_n(x) erfc'(x) with the physicists' Hermite polynomials H_n.
     */
    public static final double ERFC_MAX = 6.0;
    private static final int ERFC_NPU = 512;
    private static final int ERFC_DEGREE = 5;
    private static final int ERFC_STRIDE = ERFC_DEGREE + 1;
    private static final int ERFC_NODES = (int) (2 * ERFC_MAX * ERFC_NPU) + 1;
    /** 1.5 2^52: adding it rounds a double of magnitude below 2^51 to an integer held in the low mantissa bits. */
    private static final double ROUNDER = 0x1.8p52;
    private static final double ERFC_SHIFT = ROUNDER + ERFC_MAX * ERFC_NPU;
    private static final double ERFC_STEP = 1.0 / ERFC_NPU;
    private static final double[] ERFC_COEF = new double[ERFC_NODES * ERFC_STRIDE];

    static {
        for (int j = 0; j < ERFC_NODES; j++) {
            double x = j * ERFC_STEP - ERFC_MAX;
            double g = -2 * INV_SQRT_PI * Math.exp(-x * x); // erfc'(x)
            double hPrev = 1; // H_0
            double hCur = 2 * x; // H_1
            double fact = 1;
            int o = j * ERFC_STRIDE;
            ERFC_COEF[o] = NODE_ERFC[NODES + j];
            for (int n = 0; n < ERFC_DEGREE; n++) {
                double hn = n == 0 ? hPrev : hCur;
                if (n >= 2) {
                    double hNext = 2 * x * hCur - 2 * (n - 1) * hPrev;
                    hPrev = hCur;
                    hCur = hNext;
                    hn = hCur;
                }
                fact *= (n + 1);
                ERFC_COEF[o + n + 1] = ((n % 2 == 0) ? 1 : -1) * hn * g / fact;
            }
        }
    }

    private ErrorFunctions() {
    }

    /**
     * @return the abscissae at which the tables need Hipparchus' erfc: the erfcx nodes j / {@value #NODES_PER_UNIT},
     *         j = 0 .. NODES - 1, then the erfc table nodes j / 512 - {@link #ERFC_MAX}, j = 0 .. ERFC_NODES - 1
     */
    static double[] nodeAbscissae() {
        double[] x = new double[NODES + ERFC_NODES];
        for (int j = 0; j < NODES; j++) {
            x[j] = (double) j / NODES_PER_UNIT;
        }
        for (int j = 0; j < ERFC_NODES; j++) {
            x[NODES + j] = j * ERFC_STEP - ERFC_MAX;
        }
        return x;
    }

    /**
     * @return erfc(x) from the direct table, for |x| < {@link #ERFC_MAX} only (the caller checks the range; the
     *         hot path of the BP kernels)
     */
    public static double erfcTable(double x) {
        // nearest node index by the rounding constant (no float-to-int conversion): t - ROUNDER is exact
        double t = x * ERFC_NPU + ERFC_SHIFT;
        int j = (int) Double.doubleToRawLongBits(t);
        double d = x - ((t - ROUNDER) * ERFC_STEP - ERFC_MAX);
        int o = j * ERFC_STRIDE;
        double[] c = ERFC_COEF;
        double r = c[o + 5];
        r = Math.fma(r, d, c[o + 4]);
        r = Math.fma(r, d, c[o + 3]);
        r = Math.fma(r, d, c[o + 2]);
        r = Math.fma(r, d, c[o + 1]);
        return Math.fma(r, d, c[o]);
    }

    /** @return erfc(x) for x >= 0 from the direct table below {@link #ERFC_MAX} (no exponential), else via erfcx */
    public static double erfcPositive(double x) {
        if (x < ERFC_MAX) {
            return erfcTable(x);
        }
        return erfcxPositive(x) * Math.exp(-x * x);
    }

    /**
     * @return erfc(x) for any x from the direct table (fast path of the magnetization representation); for
     *         x <= -{@link #ERFC_MAX} erfc(x) = 2 - erfc(-x) rounds to 2 exactly (erfc(6) = 2.2e-17 is below half
     *         an ulp of 2)
     */
    public static double erfcFast(double x) {
        if (Math.abs(x) < ERFC_MAX) {
            return erfcTable(x);
        }
        return x >= 0 ? erfcxPositive(x) * Math.exp(-x * x) : 2.0;
    }

    /** @return erfcx(x) = exp(x^2) erfc(x) for x >= 0 (the argument must not be negative) */
    public static double erfcxPositive(double x) {
        if (x < X_MAX) {
            int j = (int) (x * NODES_PER_UNIT + 0.5);
            double d = x - (double) j / NODES_PER_UNIT;
            int o = j * ORDER;
            double r = COEF[o + 7];
            r = r * d + COEF[o + 6];
            r = r * d + COEF[o + 5];
            r = r * d + COEF[o + 4];
            r = r * d + COEF[o + 3];
            r = r * d + COEF[o + 2];
            r = r * d + COEF[o + 1];
            return r * d + COEF[o];
        }
        if (x == Double.POSITIVE_INFINITY) {
            return 0.0;
        }
        double t = 1.0 / (2 * x * x);
        // sum_{n=0}^{11} (-1)^n (2n-1)!! t^n by Horner
        double s = 1.0;
        for (int n = 11; n >= 1; n--) {
            s = 1.0 - (2 * n - 1) * t * s;
        }
        return s * INV_SQRT_PI / x;
    }

    /** @return erfcx(x) = exp(x^2) erfc(x) for any x (overflows to +infinity for x below about -26.6) */
    public static double erfcx(double x) {
        if (x >= 0) {
            return erfcxPositive(x);
        }
        return 2 * Math.exp(x * x) - erfcxPositive(-x);
    }

    /** @return erfc(x) */
    public static double erfc(double x) {
        if (x >= 0) {
            return erfcxPositive(x) * Math.exp(-x * x);
        }
        return 2 - erfcxPositive(-x) * Math.exp(-x * x);
    }

    /** @return erf(x) = 1 - erfc(x) (absolute accuracy ~1e-16) */
    public static double erf(double x) {
        if (x >= 0) {
            return 1 - erfcxPositive(x) * Math.exp(-x * x);
        }
        return erfcxPositive(-x) * Math.exp(-x * x) - 1;
    }

    /** @return ln erfc(x), accurate in relative terms also for large positive x (no underflow) */
    public static double lnErfc(double x) {
        if (x >= 0) {
            return Math.log(erfcxPositive(x)) - x * x;
        }
        return Math.log(2 - erfcxPositive(-x) * Math.exp(-x * x));
    }

    /** @return ln H(x), H(x) = int_x^inf Dz = erfc(x / sqrt 2) / 2 */
    public static double lnH(double x) {
        return lnErfc(x * INV_SQRT2) - LN2;
    }

    /** @return H(x) = erfc(x / sqrt 2) / 2 */
    public static double h(double x) {
        return 0.5 * erfc(x * INV_SQRT2);
    }

    /** @return ln(2 cosh x), stable for any finite x (absolute accuracy ~1e-16 plus the rounding of |x|) */
    public static double lnTwoCosh(double x) {
        double a = Math.abs(x);
        return a + Math.log(1 + Math.exp(-2 * a));
    }

    /**
     * Fast tanh from one intrinsic exponential (JDK 17's Math.tanh is a slow native call): absolute error below
     * 3e-16; relative error below 1e-12 for |x| >= 1e-4 and a cubic series below.
     */
    public static double tanh(double x) {
        double a = Math.abs(x);
        double r;
        if (a < 1e-4) {
            r = a * (1 - a * a / 3);
        } else if (a > 19.5) {
            r = 1.0;
        } else {
            double t = Math.exp(-2 * a);
            r = (1 - t) / (1 + t);
        }
        return Math.copySign(r, x);
    }

    /**
     * @return atanh(tanh(g) tanh(x)) = (ln cosh(x+g) - ln cosh(x-g)) / 2, stable for all x and g >= 0; for
     *         g = +infinity it is x
     */
    public static double atanhTanhProduct(double g, double x) {
        if (g == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (g == 0 || x == 0) {
            return 0.0;
        }
        return 0.5 * (lnTwoCosh(x + g) - lnTwoCosh(x - g));
    }
}
