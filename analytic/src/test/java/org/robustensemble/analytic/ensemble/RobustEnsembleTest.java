package org.robustensemble.analytic.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.robustensemble.analytic.gardner.Gardner;
import org.robustensemble.analytic.gauss.GaussianFunctions;
import org.robustensemble.analytic.gauss.Quadrature;

/** Robust ensemble at finite y: exact limits and published reference values (docs/theory.md 3.2). */
class RobustEnsembleTest {
    private final RobustEnsemble re = new RobustEnsemble();
    private final Gardner gardner = new Gardner();

    @Test
    void yOneIsGardnerPlusLnTwoCoshGamma() {
        for (double[] p : new double[][] {{0.6, 0.5}, {0.3, 1.2}, {0.75, 0.2}}) {
            RobustEnsembleSolution s = re.solve(p[0], 1, p[1]);
            double expected = gardner.solve(p[0]).entropy() + GaussianFunctions.lnTwoCosh(p[1]);
            assertThat(s.phi()).as("alpha=%s gamma=%s", p[0], p[1]).isCloseTo(expected, within(1e-8));
        }
    }

    @Test
    void gammaZeroIsLn2PlusYTimesGardner() {
        for (double[] p : new double[][] {{0.6, 3}, {0.4, 7.5}, {0.7, 16}}) {
            RobustEnsembleSolution s = re.solve(p[0], p[1], 0);
            double expected = Math.log(2) + p[1] * gardner.solve(p[0]).entropy();
            assertThat(s.phi()).as("alpha=%s y=%s", p[0], p[1]).isCloseTo(expected, within(1e-8));
        }
    }

    @Test
    void zeroLoadIsCombinatorial() {
        for (double[] p : new double[][] {{3, 0.7}, {10, 0.3}, {2.5, 1.5}}) {
            double y = p[0];
            double g = p[1];
            RobustEnsembleSolution s = re.solve(0, y, g);
            assertThat(s.phi()).isCloseTo(Math.log(2) + y * GaussianFunctions.lnTwoCosh(g), within(1e-8));
            assertThat(s.overlap()).isCloseTo(Math.tanh(g), within(1e-8));
            assertThat(s.localEntropy()).isCloseTo(GaussianFunctions.binaryEntropy(s.distance()), within(1e-8));
        }
    }

    @Test
    void publishedReferenceValuesAtAlpha06Gamma05() {
        // docs/theory.md 3.2 (quadrature-converged values)
        RobustEnsembleSolution y2 = re.solve(0.6, 2, 0.5);
        assertThat(y2.phi()).isCloseTo(1.471293, within(1e-5));
        assertThat(y2.overlap()).isCloseTo(0.60172, within(1e-5));
        RobustEnsembleSolution y4 = re.solve(0.6, 4, 0.5);
        assertThat(y4.phi()).isCloseTo(2.477131, within(1e-5));
        assertThat(y4.overlap()).isCloseTo(0.74016, within(1e-5));
        RobustEnsembleSolution y8 = re.solve(0.6, 8, 0.5);
        assertThat(y8.phi()).isCloseTo(4.695427, within(1e-5));
        assertThat(y8.overlap()).isCloseTo(0.81206, within(1e-5));
        RobustEnsembleSolution y16 = re.solve(0.6, 16, 0.5);
        assertThat(y16.phi()).isCloseTo(9.292226, within(1e-5));
        for (RobustEnsembleSolution s : new RobustEnsembleSolution[] {y2, y4, y8, y16}) {
            assertThat(s.localEntropy()).isLessThanOrEqualTo(GaussianFunctions.binaryEntropy(s.distance()));
            assertThat(s.report().converged()).isTrue();
        }
        // external entropy decreases with y, mean local free entropy does not
        assertThat(y4.externalEntropy()).isLessThan(y2.externalEntropy());
        assertThat(y16.externalEntropy()).isLessThan(y8.externalEntropy()).isPositive();
        assertThat(y4.bigPhi()).isGreaterThanOrEqualTo(y2.bigPhi());
        assertThat(y16.bigPhi()).isGreaterThanOrEqualTo(y8.bigPhi());
    }

    @Test
    void quadratureConvergedWhenNodesDouble() {
        RobustEnsemble fine = new RobustEnsemble(Quadrature.defaults().doubled());
        for (double y : new double[] {4, 16}) {
            RobustEnsembleSolution a = re.solve(0.6, y, 0.5);
            RobustEnsembleSolution b = fine.solve(0.6, y, 0.5, a.orderParameters());
            assertThat(b.report().nodes()).isGreaterThan(a.report().nodes());
            assertThat(a.phi()).isCloseTo(b.phi(), within(1e-9 * y));
            assertThat(a.overlap()).isCloseTo(b.overlap(), within(1e-8));
            assertThat(a.bigPhi()).isCloseTo(b.bigPhi(), within(1e-8));
        }
    }

    @Test
    void invalidParameters() {
        assertThatThrownBy(() -> re.solve(0.6, 0.5, 0.1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("y");
        assertThatThrownBy(() -> re.solve(-1, 2, 0.1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alpha");
        assertThatThrownBy(() -> re.solve(0.6, 2, -0.1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gamma");
    }
}
