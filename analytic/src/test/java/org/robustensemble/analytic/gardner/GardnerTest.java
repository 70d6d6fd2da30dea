package org.robustensemble.analytic.gardner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.robustensemble.analytic.gauss.Quadrature;

class GardnerTest {
    private final Gardner gardner = new Gardner();

    @Test
    void publishedEntropies() {
        // docs/theory.md 3.1
        assertThat(gardner.solve(0.3).entropy()).isCloseTo(0.474829, within(1e-6));
        assertThat(gardner.solve(0.5).entropy()).isCloseTo(0.314390, within(1e-6));
        assertThat(gardner.solve(0.6).entropy()).isCloseTo(0.227785, within(1e-6));
        assertThat(gardner.solve(0.7).entropy()).isCloseTo(0.135400, within(1e-6));
    }

    @Test
    void zeroLoadIsLn2AndSmallLoadIsContinuous() {
        assertThat(gardner.solve(0).entropy()).isEqualTo(Math.log(2));
        GardnerSolution s = gardner.solve(1e-4);
        // first order: s_G = ln 2 + alpha ln H(0) = ln 2 - alpha ln 2
        assertThat(s.entropy()).isCloseTo(Math.log(2) * (1 - 1e-4), within(1e-8));
    }

    @Test
    void capacityIsKrauthMezard() {
        Gardner.Capacity c = gardner.capacity(1e-12);
        assertThat(c.alphaC()).isCloseTo(0.8330786, within(1e-7));
        assertThat(Math.abs(c.at().entropy())).isLessThan(1e-10);
    }

    @Test
    void quadratureConvergesWhenNodesDouble() {
        Gardner fine = new Gardner(Quadrature.defaults().doubled());
        for (double a : new double[] {0.3, 0.7, 0.83}) {
            GardnerSolution s1 = gardner.solve(a);
            GardnerSolution s2 = fine.solve(a);
            assertThat(s2.report().nodes()).isEqualTo(2 * s1.report().nodes());
            assertThat(s1.entropy()).isCloseTo(s2.entropy(), within(1e-10));
            assertThat(s1.q()).isCloseTo(s2.q(), within(1e-8));
        }
    }

    @Test
    void capacityDecreasesWithTheMargin() {
        assertThat(new Gardner(Quadrature.defaults(), 0).solve(0.6).entropy()).isEqualTo(gardner.solve(0.6).entropy());
        double prev = gardner.capacity(1e-10).alphaC();
        for (double k : new double[] {0.1, 0.5, 1.0}) {
            double ac = new Gardner(Quadrature.defaults(), k).capacity(1e-10).alphaC();
            assertThat(ac).as("alpha_c(kappa=%s)", k).isLessThan(prev).isPositive();
            prev = ac;
        }
        // a margin can only remove solutions
        assertThat(new Gardner(Quadrature.defaults(), 0.3).solve(0.4).entropy()).isLessThan(gardner.solve(0.4).entropy());
    }

    @Test
    void finiteTemperatureInterpolatesBetweenLn2AndGardner() {
        double sG = gardner.solve(0.6).entropy();
        double prev = Double.POSITIVE_INFINITY;
        for (double beta : new double[] {0.5, 2, 8, 32}) {
            double phi = new Gardner(Quadrature.defaults(), 0, beta).solve(0.6).entropy();
            // errors are allowed at finite beta: the free entropy lies above s_G and decreases with beta
            assertThat(phi).as("beta=%s", beta).isGreaterThan(sG).isLessThan(prev).isLessThan(Math.log(2));
            prev = phi;
        }
        assertThat(prev).isCloseTo(sG, within(1e-8));
        // small beta: each pattern costs ln(e^-beta + (1 - e^-beta)/2) at q = 0
        double b = 1e-3;
        double phi0 = new Gardner(Quadrature.defaults(), 0, b).solve(0.6).entropy();
        assertThat(phi0).isCloseTo(Math.log(2) + 0.6 * Math.log(Math.exp(-b) + (1 - Math.exp(-b)) / 2), within(1e-9));
    }

    @Test
    void rejectsNegativeLoad() {
        assertThatThrownBy(() -> gardner.solve(-0.1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alpha");
    }
}
