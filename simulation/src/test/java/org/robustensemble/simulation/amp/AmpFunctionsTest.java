package org.robustensemble.simulation.amp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

/** The scalar functions of fAMP against mpmath values and the exact limits of docs/theory.md 3.2 / 4.3. */
class AmpFunctionsTest {
    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void lnHAndTheInverseMillsRatioMatchMpmath() {
        // x, ln H(x), G(x)/H(x) (mpmath, 30 digits)
        double[][] ref = {
            {-3, -0.0013508099647481937988, 0.0044378390421256637933},
            {0, -0.69314718055994530942, 0.79788456080286535588},
            {1, -1.8410216450092635058, 1.5251352761609812091},
            {4, -10.360101486527290828, 4.2256071444894710728},
            {4.5, -12.592419735713078666, 4.704319844827732404},
            {6, -20.736768949974705655, 6.1584826045445989173},
            {10, -53.231285150512470578, 10.098093233962511963},
            {30, -454.32124395634319711, 30.033259667433677037},
        };
        for (double[] r : ref) {
            assertThat(AmpFunctions.lnH(r[0])).as("ln H(%s)", r[0]).isCloseTo(r[1], offset(1e-13 * Math.max(1, Math.abs(r[1]))));
            assertThat(AmpFunctions.gOverH(r[0])).as("G/H(%s)", r[0]).isCloseTo(r[2], offset(1e-13 * Math.max(1, r[2])));
        }
    }

    @Test
    void theTailBranchJoinsTheErfcBranch() {
        double t = AmpFunctions.TAIL;
        assertThat(AmpFunctions.gOverH(t + 1e-12)).isCloseTo(AmpFunctions.gOverH(t), offset(1e-12));
        assertThat(AmpFunctions.lnH(t + 1e-12)).isCloseTo(AmpFunctions.lnH(t), offset(1e-11));
        assertThat(AmpFunctions.gOverH(-40)).isGreaterThanOrEqualTo(0).isLessThan(1e-300);
        assertThat(AmpFunctions.lnH(-40)).isEqualTo(0.0);
    }

    /** docs/theory.md 4.3: u = p tanh((y - 1) atanh(p m)), p = tanh gamma, m = tanh a, written out naively. */
    private static double naiveFocusing(double a, double gamma, double y) {
        double p = Math.tanh(gamma);
        double u = p * Math.tanh((y - 1) * atanh(p * Math.tanh(a)));
        return atanh(u);
    }

    private static double atanh(double x) {
        return 0.5 * Math.log((1 + x) / (1 - x));
    }

    @Test
    void focusingFieldIsTheFbpMessage() {
        for (double a : new double[] {-2.5, -0.3, 0, 0.01, 0.7, 3}) {
            for (double gamma : new double[] {0.1, 0.5, 1.2}) {
                for (double y : new double[] {1.5, 3, 21}) {
                    assertThat(AmpFunctions.focusingField(a, gamma, y)).isCloseTo(naiveFocusing(a, gamma, y), offset(1e-12));
                }
            }
            assertThat(AmpFunctions.focusingField(a, 0.7, 1)).isZero();
            assertThat(AmpFunctions.focusingField(a, 0, 5)).isZero();
            assertThat(AmpFunctions.focusingField(a, INF, 4)).isCloseTo(Math.max(-30, Math.min(30, 3 * a)), offset(1e-15));
            double expected = a == 0 ? 0 : Math.copySign(0.8, a);
            assertThat(AmpFunctions.focusingField(a, 0.8, INF)).isCloseTo(expected, offset(1e-15));
        }
        assertThat(AmpFunctions.focusingField(1, INF, INF)).isEqualTo(AmpFunctions.FIELD_CLAMP);
    }

    @Test
    void focusingFreeEntropyHasTheExactLimits() {
        for (double a : new double[] {-1.5, 0, 0.4, 2}) {
            // gamma = 0: ln 2cosh a + ln 2 / y; y = 1: ln 2cosh a + ln 2cosh gamma; gamma = inf: (1/y) ln 2cosh(y a)
            assertThat(AmpFunctions.focusingFreeEntropy(a, 0, 3)).isCloseTo(AmpFunctions.lnTwoCosh(a) + Math.log(2) / 3, offset(1e-14));
            assertThat(AmpFunctions.focusingFreeEntropy(a, 0.6, 1))
                    .isCloseTo(AmpFunctions.lnTwoCosh(a) + AmpFunctions.lnTwoCosh(0.6), offset(1e-14));
            assertThat(AmpFunctions.focusingFreeEntropy(a, INF, 4)).isCloseTo(AmpFunctions.lnTwoCosh(4 * a) / 4, offset(1e-14));
            assertThat(AmpFunctions.focusingFreeEntropy(a, 0.6, INF)).isCloseTo(AmpFunctions.lnTwoCosh(Math.abs(a) + 0.6), offset(1e-14));
            assertThat(AmpFunctions.focusingOverlap(a, INF, 4)).isEqualTo(1.0);
        }
    }

    @Test
    void overlapIsTheGammaDerivativeAndReferenceMagnetizationTheFbpOne() {
        double h = 1e-6;
        for (double a : new double[] {-1.5, 0.2, 2}) {
            for (double y : new double[] {1, 2.5, 21}) {
                double gamma = 0.7;
                double d = (AmpFunctions.focusingFreeEntropy(a, gamma + h, y) - AmpFunctions.focusingFreeEntropy(a, gamma - h, y)) / (2 * h);
                assertThat(AmpFunctions.focusingOverlap(a, gamma, y)).isCloseTo(d, offset(1e-8));
                // fBP (bp.md): reference magnetization tanh(y atanh(tanh gamma tanh a))
                double ref = Math.tanh(y * AmpFunctions.atanhTanh(gamma, a));
                assertThat(AmpFunctions.referenceMagnetization(a, gamma, y)).isCloseTo(ref, offset(1e-13));
            }
        }
    }
}
