package org.robustensemble.analytic.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.robustensemble.analytic.ensemble.RobustEnsemble;
import org.robustensemble.analytic.ensemble.RobustEnsembleLimit;
import org.robustensemble.analytic.ensemble.RobustEnsembleLimitSolution;
import org.robustensemble.analytic.ensemble.RobustEnsembleSolution;
import org.robustensemble.analytic.gardner.Gardner;
import org.robustensemble.analytic.gardner.GardnerSolution;
import org.robustensemble.analytic.gauss.GaussianFunctions;
import org.robustensemble.analytic.gauss.Quadrature;
import org.robustensemble.analytic.typical.FranzParisi;
import org.robustensemble.analytic.typical.FranzParisiSolution;

/**
 * Margin kappa and inverse temperature beta in the robust ensemble (finite y and y = infinity) and in the
 * Franz-Parisi potential (docs/theory.md 3.5): exact limits and monotonicity.
 */
class MarginTemperatureTest {
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final Quadrature Q = Quadrature.defaults();

    @Test
    void zeroMarginInfiniteBetaReproducesThePlainSolversExactly() {
        RobustEnsembleSolution a = new RobustEnsemble(Q).solve(0.6, 4, 0.5);
        RobustEnsembleSolution b = new RobustEnsemble(Q, 0, INF).solve(0.6, 4, 0.5);
        assertThat(b.phi()).isEqualTo(a.phi());
        assertThat(b.phi()).isCloseTo(2.477131, within(1e-5)); // docs/theory.md 3.2
        RobustEnsembleLimitSolution c = new RobustEnsembleLimit(Q, 0, INF).solve(0.6, 0.5);
        assertThat(c.bigPhi()).isEqualTo(new RobustEnsembleLimit(Q).solve(0.6, 0.5).bigPhi());
        assertThat(c.bigPhi()).isCloseTo(0.581813, within(1e-6)); // docs/theory.md 3.3
        FranzParisiSolution f = new FranzParisi(Q, 0, INF).solve(0.6, 0.2, null);
        assertThat(f.entropy()).isEqualTo(new FranzParisi(Q).solve(0.6, 0.2, null).entropy());
    }

    @Test
    void finiteYExactLimitsWithMarginAndTemperature() {
        for (double[] kb : new double[][] {{0.3, INF}, {0, 3}, {0.2, 1.5}}) {
            double kappa = kb[0];
            double beta = kb[1];
            RobustEnsemble re = new RobustEnsemble(Q, kappa, beta);
            double sG = new Gardner(Q, kappa, beta).solve(0.5).entropy();
            // y = 1: s_G(alpha; kappa, beta) + ln 2cosh gamma
            assertThat(re.solve(0.5, 1, 0.7).phi()).as("y=1 kappa=%s beta=%s", kappa, beta)
                    .isCloseTo(sG + GaussianFunctions.lnTwoCosh(0.7), within(1e-8));
            // gamma = 0: ln 2 + y s_G
            assertThat(re.solve(0.5, 5, 0).phi()).as("gamma=0 kappa=%s beta=%s", kappa, beta)
                    .isCloseTo(Math.log(2) + 5 * sG, within(1e-8));
        }
    }

    @Test
    void finiteYDecreasesWithTheMarginAndGrowsAsTheTemperatureRises() {
        double prev = INF;
        for (double kappa : new double[] {0, 0.1, 0.3}) {
            double phi = new RobustEnsemble(Q, kappa, INF).solve(0.5, 4, 0.6).phi();
            assertThat(phi).isLessThan(prev);
            prev = phi;
        }
        // errors allowed at a cost beta: more configurations count, the free entropy is higher for smaller beta
        prev = -INF;
        for (double beta : new double[] {20, 5, 2}) {
            double phi = new RobustEnsemble(Q, 0, beta).solve(0.5, 4, 0.6).phi();
            assertThat(phi).isGreaterThan(prev);
            prev = phi;
        }
        assertThat(new RobustEnsemble(Q, 0, 40).solve(0.5, 4, 0.6).phi())
                .isCloseTo(new RobustEnsemble(Q).solve(0.5, 4, 0.6).phi(), within(1e-9));
    }

    @Test
    void limitExactPointsAndMonotonicity() {
        for (double[] kb : new double[][] {{0.3, INF}, {0, 3}, {0.2, 1.5}}) {
            RobustEnsembleLimit lim = new RobustEnsembleLimit(Q, kb[0], kb[1]);
            assertThat(lim.solve(0.5, 0).bigPhi()).isCloseTo(new Gardner(Q, kb[0], kb[1]).solve(0.5).entropy(),
                    within(1e-8));
        }
        double prev = INF;
        for (double kappa : new double[] {0, 0.1, 0.3}) {
            RobustEnsembleLimitSolution s = new RobustEnsembleLimit(Q, kappa, INF).solve(0.5, 0.6);
            assertThat(s.bigPhi()).isLessThan(prev);
            prev = s.bigPhi();
        }
        prev = -INF;
        for (double beta : new double[] {20, 5, 2}) {
            double phi = new RobustEnsembleLimit(Q, 0, beta).solve(0.5, 0.6).bigPhi();
            assertThat(phi).isGreaterThan(prev);
            prev = phi;
        }
    }

    @Test
    void finiteYApproachesTheLimitAtFiniteBeta() {
        // beta = 2: the energetic inner problems are bimodal for large y (the y = inf integrand jumps)
        RobustEnsembleLimitSolution inf = new RobustEnsembleLimit(Q, 0.1, 2).solve(0.6, 0.5);
        RobustEnsemble re = new RobustEnsemble(Q, 0.1, 2);
        double prev = INF;
        double[] start = null;
        for (double y : new double[] {4, 8, 16, 32}) {
            RobustEnsembleSolution s = start == null ? re.solve(0.6, y, 0.5) : re.solve(0.6, y, 0.5, start);
            start = s.orderParameters();
            double dPhi = Math.abs(s.bigPhi() - inf.bigPhi());
            assertThat(dPhi).as("|Phi(y) - Phi_max| at y=%s", y).isLessThan(prev);
            prev = dPhi;
        }
        assertThat(prev).isLessThan(2e-3);
    }

    @Test
    void franzParisiMaximumIsTheGardnerEntropyAtTheSameMarginAndTemperature() {
        franzParisiMaximum(new double[][] {{0.1, 3}});
    }

    @Test
    @Tag("slow")
    void franzParisiMaximumAtMoreMarginsAndTemperatures() {
        franzParisiMaximum(new double[][] {{0.3, INF}, {0, 1}, {0.5, 6}});
    }

    @Test
    @Tag("slow")
    void franzParisiAtFiniteBetaIsQuadratureConverged() {
        FranzParisiSolution a = new FranzParisi(Q, 0.1, 3).solve(0.4, 0.25, null);
        FranzParisiSolution b = new FranzParisi(Q.doubled(), 0.1, 3).solve(0.4, 0.25, a.orderParameters());
        assertThat(b.entropy()).isCloseTo(a.entropy(), within(1e-9));
    }

    private static void franzParisiMaximum(double[][] cases) {
        for (double[] kb : cases) {
            FranzParisi fp = new FranzParisi(Q, kb[0], kb[1]);
            GardnerSolution g = new Gardner(Q, kb[0], kb[1]).solve(0.4);
            double dStar = (1 - g.q()) / 2;
            // not the closed-form point: full Newton solves next to d*; the gap to s_G is quadratic in d - d*
            // (ratio 4 when the offset doubles) on both sides, so s_G is the maximum and d* its location
            double[] off = {0.003, 0.006, -0.003};
            double[] gap = new double[off.length];
            for (int i = 0; i < off.length; i++) {
                FranzParisiSolution s = fp.solve(0.4, dStar + off[i], null);
                assertThat(s.report().residual()).isLessThan(1e-10);
                gap[i] = g.entropy() - s.entropy();
                assertThat(gap[i]).as("kappa=%s beta=%s d-d*=%s", kb[0], kb[1], off[i]).isPositive()
                        .isLessThan(1e-3);
            }
            assertThat(gap[1] / gap[0]).isCloseTo(4, within(0.3));
            assertThat(gap[2] / gap[0]).isCloseTo(1, within(0.3)); // symmetric to leading order
        }
    }
}
