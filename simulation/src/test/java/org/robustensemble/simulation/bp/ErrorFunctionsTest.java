package org.robustensemble.simulation.bp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.special.Erf;
import org.junit.jupiter.api.Test;

class ErrorFunctionsTest {

    @Test
    void erfcxMatchesHighPrecisionValues() {
        // mpmath, 40 digits; the table is accurate to about 1e-14 relative
        assertThat(ErrorFunctions.erfcx(0.5)).isCloseTo(0.61569034419292587487, within(2e-14 * 0.616));
        assertThat(ErrorFunctions.erfcx(10)).isCloseTo(0.056140992743822585858, within(2e-14 * 0.0562));
        assertThat(ErrorFunctions.erfcx(30)).isCloseTo(0.018795888861416751497, within(2e-14 * 0.0188));
    }

    @Test
    void erfcMatchesHipparchusAcrossTheTableAndTheAsymptoticRange() {
        for (double x = -6; x <= 26; x += 0.0137) {
            double ref = Erf.erfc(x);
            assertThat(ErrorFunctions.erfc(x)).as("erfc(%s)", x).isCloseTo(ref, within(2e-13 * ref + 1e-300));
        }
        for (double x = -8; x <= 26; x += 0.00731) {
            double ref = Erf.erfc(x);
            assertThat(ErrorFunctions.erfcFast(x)).as("erfcFast(%s)", x).isCloseTo(ref, within(2e-13 * ref + 1e-300));
        }
        for (double x = -5; x <= 5; x += 0.01) {
            assertThat(ErrorFunctions.erf(x)).isCloseTo(Erf.erf(x), within(1e-15));
        }
    }

    @Test
    void lnHInTheDeepTailHasNoUnderflow() {
        assertThat(ErrorFunctions.lnH(40)).isCloseTo(-804.60844201375378817, within(1e-10));
        assertThat(ErrorFunctions.lnH(-3)).isCloseTo(-0.0013508099647481937988, within(1e-15));
        assertThat(ErrorFunctions.lnH(0)).isCloseTo(Math.log(0.5), within(1e-15));
    }

    @Test
    void atanhTanhProductIsStable() {
        assertThat(ErrorFunctions.atanhTanhProduct(0.5, 0.3))
                .isCloseTo(0.5 * Math.log((1 + Math.tanh(0.5) * Math.tanh(0.3)) / (1 - Math.tanh(0.5) * Math.tanh(0.3))), within(1e-15));
        // large x: atanh(tanh(g)) -> g
        assertThat(ErrorFunctions.atanhTanhProduct(2.0, 800)).isCloseTo(2.0, within(1e-14));
        assertThat(ErrorFunctions.atanhTanhProduct(Double.POSITIVE_INFINITY, -3.5)).isEqualTo(-3.5);
    }
}
