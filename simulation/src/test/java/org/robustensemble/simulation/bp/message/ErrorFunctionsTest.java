package org.robustensemble.simulation.bp.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.special.Erf;
import org.junit.jupiter.api.Test;

class ErrorFunctionsTest {

    /** The stored node values of the tables are Hipparchus' erfc bit for bit, at the abscissae the tables use. */
    @Test
    void storedNodeValuesAreHipparchusErfc() {
        double[] x = ErrorFunctions.nodeAbscissae();
        assertThat(x).hasSize(32 * 12 + 1 + 2 * 6 * 512 + 1);
        assertThat(x[32 * 12]).isEqualTo(12.0);
        assertThat(x[32 * 12 + 1]).isEqualTo(-6.0);
        assertThat(x[x.length - 1]).isEqualTo(6.0);
        double[] stored = ErfcNodes.stored(x.length);
        assertThat(stored).as("resource " + ErfcNodes.RESOURCE).isNotNull();
        for (int j = 0; j < x.length; j++) {
            assertThat(Double.doubleToRawLongBits(stored[j])).as("node %d, x = %s", j, x[j])
                    .isEqualTo(Double.doubleToRawLongBits(Erf.erfc(x[j])));
        }
        assertThat(ErfcNodes.values()).containsExactly(stored);
        assertThat(ErfcNodes.stored(x.length + 1)).isNull();
    }

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

    /**
     * The direct erfc table over its whole range (-6, 6): on a dense grid, at node midpoints (where the Taylor
     * remainder is largest) and next to the ends; relative error within the conditioning of erfc
     * (2 |x| ulp(x) / erfc-relative ~ 1e-14 at |x| = 6) against Hipparchus.
     */
    @Test
    void erfcTableMatchesHipparchusOverItsRange() {
        double worst = 0;
        for (double x = -5.999999; x < 6; x += 0.000377) {
            worst = Math.max(worst, Math.abs(ErrorFunctions.erfcTable(x) / Erf.erfc(x) - 1));
        }
        for (int j = -3072; j < 3072; j++) {
            double x = (j + 0.5) / 512;
            worst = Math.max(worst, Math.abs(ErrorFunctions.erfcTable(x) / Erf.erfc(x) - 1));
        }
        for (double x : new double[] {-5.9999999999, 5.9999999999, Math.nextDown(6.0), -Math.nextDown(6.0), 0.0, -0.0}) {
            worst = Math.max(worst, Math.abs(ErrorFunctions.erfcTable(x) / Erf.erfc(x) - 1));
        }
        assertThat(worst).isLessThan(2e-14);
        // below -6, erfc = 2 - erfc(|x|) rounds to 2 exactly
        assertThat(ErrorFunctions.erfcFast(-6.0)).isEqualTo(2.0 - Erf.erfc(6.0));
        assertThat(ErrorFunctions.erfcFast(-40.0)).isEqualTo(2.0);
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
