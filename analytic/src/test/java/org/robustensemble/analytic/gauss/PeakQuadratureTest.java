package org.robustensemble.analytic.gauss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PeakQuadratureTest {
    private static final double LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

    /** ln E_z [2cosh(a + b z)]^y for integer y, exactly: binomial expansion and Gaussian moment generation. */
    static double exactCoshPower(int y, double a, double b) {
        double[] t = new double[y + 1];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k <= y; k++) {
            double lb = 0;
            for (int j = 1; j <= k; j++) {
                lb += Math.log((double) (y - k + j) / j);
            }
            double m = y - 2 * k;
            t[k] = lb + m * a + 0.5 * m * m * b * b;
            max = Math.max(max, t[k]);
        }
        double s = 0;
        for (double v : t) {
            s += Math.exp(v - max);
        }
        return max + Math.log(s);
    }

    private static LogIntegrand coshPower(double y, double a, double b) {
        return new LogIntegrand() {
            @Override
            public double value(double z) {
                return -0.5 * z * z - LN_SQRT_2PI + y * GaussianFunctions.lnTwoCosh(a + b * z);
            }

            @Override
            public void derivatives(double z, double[] out) {
                double t = Math.tanh(a + b * z);
                out[0] = value(z);
                out[1] = -z + y * b * t;
                out[2] = -1 + y * b * b * (1 - t * t);
            }
        };
    }

    /** Both local maxima of -z^2/2 + y ln 2cosh(a + b z), by brute-force scanning (independent of the solver). */
    private static int modes(double y, double a, double b, double[] out) {
        int n = 0;
        double prev = Double.NaN;
        double prev2 = Double.NaN;
        double step = 1e-3;
        double lim = y * b + 12;
        LogIntegrand g = coshPower(y, a, b);
        for (double z = -lim; z <= lim; z += step) {
            double v = g.value(z);
            if (!Double.isNaN(prev2) && prev > prev2 && prev >= v && n < out.length) {
                out[n++] = z - step;
            }
            prev2 = prev;
            prev = v;
        }
        return n;
    }

    @Test
    void followsPeaksOfCoshPowersToMachinePrecision() {
        double[][] cases = {{2, 0.3, 0.5}, {8, 0.1, 0.6}, {16, 0.05, 0.5}, {16, 1.0, 0.3}, {32, 0.0, 0.4},
            {64, 0.2, 0.3}, {64, 2.0, 0.1}, {200, 0.01, 0.2}};
        PeakQuadrature pq = new PeakQuadrature(2.0, 8);
        for (double[] c : cases) {
            double[] m = new double[2];
            int nm = modes(c[0], c[1], c[2], m);
            double got = pq.integrate(coshPower(c[0], c[1], c[2]), m, nm);
            double exact = exactCoshPower((int) c[0], c[1], c[2]);
            assertThat(got).as("y=%s a=%s b=%s (%d modes)", c[0], c[1], c[2], nm)
                    .isCloseTo(exact, within(1e-12 * Math.max(1, Math.abs(exact))));
            double sum = 0;
            for (int i = 0; i < pq.size(); i++) {
                sum += pq.probability(i);
            }
            assertThat(sum).isCloseTo(1.0, within(1e-12));
        }
    }

    @Test
    void aFixedWindowWouldMissThePeakButThisRuleDoesNot() {
        // y = 200, b = 0.2: the peaks sit near z = +-40, far outside [-12, 12]
        double y = 200;
        double a = 0.01;
        double b = 0.2;
        double[] m = new double[2];
        int nm = modes(y, a, b, m);
        assertThat(Math.abs(m[0])).isGreaterThan(30);
        double fixed = GaussianRule.logExpect(GaussianRule.panels(-12, 12, 0.25, 8),
                z -> y * GaussianFunctions.lnTwoCosh(a + b * z));
        double exact = exactCoshPower((int) y, a, b);
        assertThat(Math.abs(fixed - exact)).isGreaterThan(1.0);
        assertThat(new PeakQuadrature(2.0, 8).integrate(coshPower(y, a, b), m, nm)).isCloseTo(exact, within(1e-10));
    }

    @Test
    void skewedLnHPeakIsStableUnderRefinement() {
        // y ln H(-(a + b z)/c): narrow wall on one side, unit-Gaussian tail on the other
        double y = 64;
        double a = -0.8;
        double b = 0.3;
        double c = 0.15;
        LogIntegrand g = new LogIntegrand() {
            @Override
            public double value(double z) {
                return -0.5 * z * z - LN_SQRT_2PI + y * GaussianFunctions.lnH(-(a + b * z) / c);
            }

            @Override
            public void derivatives(double z, double[] out) {
                double w = (a + b * z) / c;
                double r = GaussianFunctions.gOverH(-w);
                out[0] = value(z);
                out[1] = -z + y * b / c * r;
                out[2] = -1 - y * (b / c) * (b / c) * r * (w + r);
            }
        };
        // mode by bisection on g'
        double lo = -50;
        double hi = 50;
        double[] d = new double[3];
        for (int i = 0; i < 200; i++) {
            double mid = 0.5 * (lo + hi);
            g.derivatives(mid, d);
            if (d[1] > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double[] m = {0.5 * (lo + hi)};
        double coarse = new PeakQuadrature(2.0, 12).integrate(g, m, 1);
        double fine = new PeakQuadrature(0.25, 12).integrate(g, m, 1);
        assertThat(coarse).isCloseTo(fine, within(1e-12 * Math.abs(fine)));
    }
}
