package org.robustensemble.analytic.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.robustensemble.analytic.gardner.Gardner;
import org.robustensemble.analytic.gauss.GaussianFunctions;
import org.robustensemble.analytic.gauss.Quadrature;

/** The y -&gt; infinity limit (docs/theory.md 3.3): exact limits, reference value, and the approach from finite y. */
class RobustEnsembleLimitTest {
    private final RobustEnsembleLimit lim = new RobustEnsembleLimit();

    @Test
    void gammaZeroIsGardner() {
        for (double a : new double[] {0.3, 0.6, 0.8}) {
            assertThat(lim.solve(a, 0).bigPhi()).isCloseTo(new Gardner().solve(a).entropy(), within(1e-8));
        }
    }

    @Test
    void zeroLoadIsLnTwoCoshAndSmallLoadApproachesIt() {
        for (double g : new double[] {0.3, 1.0, 2.0}) {
            RobustEnsembleLimitSolution s = lim.solve(0, g);
            assertThat(s.bigPhi()).isCloseTo(GaussianFunctions.lnTwoCosh(g), within(1e-12));
            assertThat(s.localEntropy()).isCloseTo(GaussianFunctions.binaryEntropy(s.distance()), within(1e-12));
        }
        // the generic solver path approaches ln 2cosh(gamma) from below as alpha -> 0 (the exact alpha = 0 point has
        // delta = infinity, so only the limit can be checked)
        double g = 0.3;
        double prev = Double.POSITIVE_INFINITY;
        for (double a : new double[] {0.1, 0.05, 0.025}) {
            double gap = GaussianFunctions.lnTwoCosh(g) - lim.solve(a, g).bigPhi();
            assertThat(gap).as("gap at alpha=%s", a).isPositive().isLessThan(prev);
            prev = gap;
        }
        assertThat(prev).isLessThan(2e-3);
    }

    @Test
    void referenceValueAndQuadratureConvergence() {
        RobustEnsembleLimitSolution s = lim.solve(0.6, 0.5);
        assertThat(s.bigPhi()).isCloseTo(0.581813, within(1e-6));
        RobustEnsembleLimitSolution f = new RobustEnsembleLimit(Quadrature.defaults().doubled()).solve(0.6, 0.5,
                s.orderParameters());
        assertThat(f.bigPhi()).isCloseTo(s.bigPhi(), within(1e-10));
        assertThat(f.overlap()).isCloseTo(s.overlap(), within(1e-9));
        assertThat(s.localEntropy()).isLessThan(GaussianFunctions.binaryEntropy(s.distance()));
    }

    @Test
    void finiteYApproachesTheLimit() {
        // alpha = 0.6, gamma = 0.5; phi/y: 0.7356 (2), 0.6193 (4), 0.5869 (8), 0.5808 (16) -> 0.581813
        RobustEnsembleLimitSolution inf = lim.solve(0.6, 0.5);
        RobustEnsemble re = new RobustEnsemble();
        double prevPhi = Double.POSITIVE_INFINITY;
        double prevS = Double.POSITIVE_INFINITY;
        double[] start = null;
        for (double y : new double[] {4, 8, 16, 32, 64}) {
            RobustEnsembleSolution s = start == null ? re.solve(0.6, y, 0.5) : re.solve(0.6, y, 0.5, start);
            start = s.orderParameters();
            double dPhi = Math.abs(s.bigPhi() - inf.bigPhi());
            double dS = Math.abs(s.overlap() - inf.overlap());
            assertThat(dPhi).as("|Phi(y) - Phi_max| at y=%s", y).isLessThan(prevPhi);
            assertThat(dS).as("|S(y) - S_inf| at y=%s", y).isLessThan(prevS);
            assertThat(Math.abs(s.phi() / y - inf.bigPhi())).as("|phi/y - Phi_max| at y=%s", y).isLessThan(1.0 / y);
            prevPhi = dPhi;
            prevS = dS;
            if (y == 64) {
                assertThat(dPhi).isLessThan(5e-4);
                assertThat(dS).isLessThan(0.01);
                assertThat(y * (s.q1() - s.q0())).isCloseTo(inf.delta(), within(0.05));
                assertThat(y * (s.qHat1() - s.qHat0())).isCloseTo(inf.dHat(), within(0.05));
            }
        }
    }
}
