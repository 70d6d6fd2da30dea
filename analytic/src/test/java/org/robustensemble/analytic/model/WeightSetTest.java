package org.robustensemble.analytic.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.robustensemble.analytic.gardner.Gardner;
import org.robustensemble.analytic.gardner.GardnerSolution;
import org.robustensemble.analytic.gauss.Quadrature;

/** Weight sets and the Gardner entropy / capacity for multi-state weights (PRE 93, 052313 (2016)). */
class WeightSetTest {
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final Quadrature Q = Quadrature.defaults();
    private static final WeightSet TERNARY = WeightSet.of(-1, 0, 1);

    @Test
    void parsingRules() {
        assertThat(WeightSet.of(1, -1)).isEqualTo(WeightSet.BINARY);
        assertThat(WeightSet.levels(2).toString()).isEqualTo("-3,-1,1,3");
        assertThat(WeightSet.of(0, 1, -1).toString()).isEqualTo("-1,0,1");
        assertThatThrownBy(() -> WeightSet.of()).hasMessageContaining("empty");
        assertThatThrownBy(() -> WeightSet.of(-1, 0, 2)).hasMessageContaining("not symmetric");
        assertThatThrownBy(() -> WeightSet.of(-1, 1, 1, -1)).hasMessageContaining("twice");
        assertThatThrownBy(() -> WeightSet.of(0)).hasMessageContaining("zero");
        assertThatThrownBy(() -> WeightSet.of(-0.0, 0.0)).hasMessageContaining("twice");
        assertThatThrownBy(() -> WeightSet.of(Double.NaN)).hasMessageContaining("not finite");
    }

    @Test
    void logPartitionMatchesDirectSum() {
        double[] mom = new double[2];
        WeightSet w = WeightSet.of(-3, -1, 0, 1, 3);
        for (double h : new double[] {-7, -0.3, 0, 2.5, 40}) {
            for (double rh : new double[] {-0.5, 0, 1.3}) {
                double z = 0;
                double s1 = 0;
                double s2 = 0;
                for (double v : w.values()) {
                    double e = Math.exp(h * v - 0.5 * rh * v * v);
                    z += e;
                    s1 += v * e;
                    s2 += v * v * e;
                }
                assertThat(w.logPartition(h, rh, mom)).isCloseTo(Math.log(z), within(1e-12 * Math.max(1, Math.log(z))));
                assertThat(mom[0]).isCloseTo(s1 / z, within(1e-12));
                assertThat(mom[1]).isCloseTo(s2 / z, within(1e-11));
            }
        }
    }

    @Test
    void zeroLoadIsLnOfTheSetSize() {
        for (WeightSet w : new WeightSet[] {TERNARY, WeightSet.levels(2), WeightSet.of(-2, -1, 0, 1, 2)}) {
            assertThat(new Gardner(Q, 0, INF, w).solve(0).entropy()).isEqualTo(Math.log(w.size()));
            // and continuously so: the general saddle point at small alpha
            assertThat(new Gardner(Q, 0, INF, w).solve(1e-4).entropy()).isCloseTo(Math.log(w.size()), within(1e-3));
        }
    }

    @Test
    void generalCodePathOnATwoValueSetReproducesTheBinaryNumbers() {
        // {-2, 2} goes through the general (q, Q, qh, rh) equations; by the sqrt(N Q) normalisation it is the
        // binary problem: identical entropy, q/Q = q_binary
        for (double[] p : new double[][] {{0.3, 0, INF}, {0.6, 0, INF}, {0.5, 0.4, INF}, {0.6, 0, 3}}) {
            GardnerSolution b = new Gardner(Q, p[1], p[2]).solve(p[0]);
            GardnerSolution g = new Gardner(Q, p[1], p[2], WeightSet.of(-2, 2)).solve(p[0]);
            assertThat(g.entropy()).isCloseTo(b.entropy(), within(1e-12));
            assertThat(g.normalisedOverlap()).isCloseTo(b.q(), within(1e-11));
            assertThat(g.selfOverlap()).isCloseTo(4, within(1e-12));
        }
        assertThat(new Gardner(Q, 0, INF, WeightSet.BINARY).solve(0.6).entropy()).isCloseTo(0.227785, within(1e-6));
    }

    @Test
    void rescaledSetIsTheSameProblem() {
        GardnerSolution a = new Gardner(Q, 0.2, INF, WeightSet.levels(2)).solve(0.8);
        GardnerSolution b = new Gardner(Q, 0.2, INF, WeightSet.of(-1.5, -0.5, 0.5, 1.5)).solve(0.8);
        assertThat(b.entropy()).isCloseTo(a.entropy(), within(1e-12));
        assertThat(b.normalisedOverlap()).isCloseTo(a.normalisedOverlap(), within(1e-11));
    }

    @Test
    void moreLevelsGiveAHigherCapacity() {
        double binary = new Gardner(Q).capacity(1e-9).alphaC();
        double ternary = new Gardner(Q, 0, INF, TERNARY).capacity(1e-9).alphaC();
        double four = new Gardner(Q, 0, INF, WeightSet.levels(2)).capacity(1e-9).alphaC();
        double five = new Gardner(Q, 0, INF, WeightSet.of(-2, -1, 0, 1, 2)).capacity(1e-9).alphaC();
        assertThat(binary).isCloseTo(0.83308, within(1e-5));
        assertThat(ternary).isGreaterThan(binary);
        assertThat(five).isGreaterThan(ternary).isGreaterThan(four);
        assertThat(four).isGreaterThan(binary);
        // all below the spherical (continuous weights) Gardner capacity 2
        assertThat(five).isLessThan(2);
        System.out.printf("capacities: binary %.6f ternary %.6f four-level %.6f five-level %.6f%n", binary, ternary,
                four, five);
    }

    @Test
    void ternaryEntropyIsQuadratureConvergedAndHasAFreeSelfOverlap() {
        GardnerSolution a = new Gardner(Q, 0, INF, TERNARY).solve(0.8);
        GardnerSolution b = new Gardner(Q.doubled(), 0, INF, TERNARY).solve(0.8);
        assertThat(b.entropy()).isCloseTo(a.entropy(), within(1e-10));
        // the fraction of non-zero weights Q moves away from its alpha = 0 value 2/3 as patterns are stored
        assertThat(a.selfOverlap()).isBetween(0.0, 1.0).isNotCloseTo(2.0 / 3, within(1e-3));
        assertThat(a.entropy()).isLessThan(Math.log(3)).isPositive();
    }

    @Test
    void capacityDecreasesWithTheMarginForTernaryWeights() {
        double prev = INF;
        for (double kappa : new double[] {0, 0.2, 0.5}) {
            double ac = new Gardner(Q, kappa, INF, TERNARY).capacity(1e-8).alphaC();
            assertThat(ac).isLessThan(prev);
            prev = ac;
        }
    }
}
