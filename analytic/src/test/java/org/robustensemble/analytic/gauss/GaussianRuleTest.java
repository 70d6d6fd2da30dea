package org.robustensemble.analytic.gauss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GaussianRuleTest {

    @Test
    void hermiteIsExactForPolynomialsUpToDegree2nMinus1() {
        for (int n : new int[] {1, 2, 5, 20, 160, 320}) {
            GaussianRule r = GaussianRule.hermite(n);
            assertThat(r.size()).isEqualTo(n);
            double dfact = 1; // (2k-1)!!
            for (int k = 0; 2 * k <= 2 * n - 1 && k <= 12; k++) {
                final int kk = k;
                double moment = r.expect(z -> Math.pow(z, 2 * kk));
                assertThat(moment).as("E z^%d with n=%d", 2 * k, n).isCloseTo(dfact, within(1e-12 * dfact));
                dfact *= 2 * k + 1;
            }
            assertThat(r.expect(z -> z * z * z)).isCloseTo(0, within(1e-13));
        }
        // E cos(z) = exp(-1/2): converged by 40 nodes
        assertThat(GaussianRule.hermite(40).expect(Math::cos)).isCloseTo(Math.exp(-0.5), within(1e-15));
    }

    @Test
    void panelRulesIntegrateTheGaussianMeasure() {
        GaussianRule full = GaussianRule.panels(-10, 10, 0.5, 8);
        assertThat(full.expect(z -> 1)).isCloseTo(1, within(1e-14));
        assertThat(full.expect(z -> z * z)).isCloseTo(1, within(1e-14));
        GaussianRule half = GaussianRule.graded(0, 10, 1.0 / 64, 0.5, 8);
        assertThat(2 * half.expect(Math::abs)).isCloseTo(Math.sqrt(2 / Math.PI), within(1e-14));
        // a kinked even integrand: E|tanh(40 z)| converges on the graded half line
        double a = 2 * GaussianRule.graded(0, 10, 1.0 / 128, 0.5, 8).expect(z -> Math.tanh(40 * z));
        double b = 2 * GaussianRule.graded(0, 10, 1.0 / 256, 0.25, 8).expect(z -> Math.tanh(40 * z));
        assertThat(a).isCloseTo(b, within(1e-12));
    }

    @Test
    void nestedExpectationWithLogInnerMatchesClosedForm() {
        // E_z0 ln E_z1 exp(y (a z0 + b z1)) = y^2 b^2 / 2 (the z0 part averages to zero); large y must not overflow
        double y = 400;
        double v = GaussianRule.expectLogOfInner(GaussianRule.hermite(60), GaussianRule.hermite(200),
                (z0, z1) -> y * (0.3 * z0 + 0.01 * z1));
        assertThat(v).isCloseTo(y * y * 1e-4 / 2, within(1e-9));
        assertThat(GaussianRule.logExpect(GaussianRule.hermite(50), z -> 1000 + 0 * z)).isCloseTo(1000, within(1e-12));
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> GaussianRule.hermite(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GaussianRule.panels(1, 0, 0.5, 8)).isInstanceOf(IllegalArgumentException.class);
    }
}
