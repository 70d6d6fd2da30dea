package org.robustensemble.analytic.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.robustensemble.analytic.curve.DenseRegionCurve;
import org.robustensemble.analytic.ensemble.MultiStateRobustEnsembleLimit;
import org.robustensemble.analytic.ensemble.RobustEnsemble;
import org.robustensemble.analytic.ensemble.RobustEnsembleLimit;
import org.robustensemble.analytic.gardner.Gardner;
import org.robustensemble.analytic.gardner.GardnerSolution;
import org.robustensemble.analytic.gauss.GaussianFunctions;
import org.robustensemble.analytic.gauss.Quadrature;
import org.robustensemble.analytic.typical.FranzParisi;
import org.robustensemble.analytic.typical.MultiStateFranzParisi;

/**
 * Negative margins kappa in [-2, 0) (arXiv:2304.13871; extensions.md section 7): every solver keeps its exact
 * limits, the capacity keeps growing as kappa decreases and stays below the annealed (first-moment) bound
 * alpha_ann = ln 2 / (-ln H(kappa)), which it approaches as the constraints weaken.
 */
class NegativeMarginTest {
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final Quadrature COARSE = new Quadrature(64, 1.0, 8, 2.0, 12);

    @Test
    void capacityDecreasesWithKappaThroughZeroAndStaysBelowTheAnnealedBound() {
        double[] kappas = {0.5, 0, -0.25, -0.5, -1, -1.5, -2};
        double prev = 0;
        for (double k : kappas) {
            double ac = new Gardner(Quadrature.defaults(), k).capacity(1e-9).alphaC();
            double annealed = Math.log(2) / -GaussianFunctions.lnH(k);
            assertThat(ac).as("alpha_c(%s)", k).isGreaterThan(prev).isLessThan(annealed);
            prev = ac;
            if (k == -0.5) {
                assertThat(ac).isGreaterThan(0.833).isCloseTo(1.678841113, within(1e-8));
            }
            if (k == -2) {
                // weak constraints: the annealed bound becomes tight (29.9921 vs 30.1199)
                assertThat(ac / annealed).isGreaterThan(0.99);
            }
        }
    }

    @Test
    void gardnerEntropyStartsAtLn2WithTheAnnealedSlope() {
        for (double k : new double[] {-0.5, -2}) {
            Gardner g = new Gardner(Quadrature.defaults(), k);
            assertThat(g.solve(0).entropy()).isEqualTo(Math.log(2));
            // s_G = ln 2 + alpha ln H(kappa) + O(alpha^2)
            double a = 1e-4;
            assertThat((g.solve(a).entropy() - Math.log(2)) / a).isCloseTo(GaussianFunctions.lnH(k), within(1e-4));
            // Jensen: below the annealed entropy at every load (below alpha_c: 1.68 and 29.99)
            for (double alpha : k == -2 ? new double[] {0.5, 5, 25} : new double[] {0.5, 1.5}) {
                assertThat(g.solve(alpha).entropy()).isLessThan(Math.log(2) + alpha * GaussianFunctions.lnH(k));
            }
        }
        // a negative margin admits more solutions than none
        assertThat(new Gardner(Quadrature.defaults(), -0.5).solve(0.6).entropy())
                .isGreaterThan(new Gardner().solve(0.6).entropy());
    }

    @Test
    void robustEnsembleLimitsHoldAtNegativeMargins() {
        // (kappa, alpha): above the kappa = 0 capacity, and at 0.7 alpha_c(-2)
        double[][] cases = {{-0.5, 1.0}, {-2, 21.0}};
        for (double[] c : cases) {
            double k = c[0];
            double a = c[1];
            double sG = new Gardner(Quadrature.defaults(), k).solve(a).entropy();
            RobustEnsemble re = new RobustEnsemble(Quadrature.defaults(), k, INF);
            assertThat(re.solve(a, 1, 0.5).phi()).isCloseTo(sG + Math.log(2 * Math.cosh(0.5)), within(1e-8));
            assertThat(re.solve(a, 3, 0).phi()).isCloseTo(Math.log(2) + 3 * sG, within(1e-8));
            RobustEnsembleLimit lim = new RobustEnsembleLimit(Quadrature.defaults(), k, INF);
            assertThat(lim.solve(a, 0).bigPhi()).isCloseTo(sG, within(1e-8));
        }
    }

    @Test
    void denseCurveAndFranzParisiAtANegativeMargin() {
        // alpha = 1.0 > alpha_c(0): the dense curve exists, is positive and below H2
        List<DenseRegionCurve.Point> pts = new DenseRegionCurve(Quadrature.defaults(), -0.5, INF).compute(1.0, INF,
                new double[] {0.1, 0.05});
        for (DenseRegionCurve.Point p : pts) {
            assertThat(p.converged()).isTrue();
            assertThat(p.localEntropy()).isPositive().isLessThan(GaussianFunctions.binaryEntropy(p.d()));
        }
        // at alpha = 0.6 a negative margin raises the curve
        double withMargin = new DenseRegionCurve(Quadrature.defaults(), -0.5, INF).compute(0.6, INF,
                new double[] {0.1}).get(0).localEntropy();
        double plain = new DenseRegionCurve().compute(0.6, INF, new double[] {0.1}).get(0).localEntropy();
        assertThat(withMargin).isGreaterThan(plain);
        // Franz-Parisi: maximum s_G at d*, approached quadratically and symmetrically
        FranzParisi fp = new FranzParisi(COARSE, -0.5, INF);
        GardnerSolution g = new Gardner(COARSE, -0.5).solve(1.0);
        double dStar = (1 - g.q()) / 2;
        double gap1 = g.entropy() - fp.solve(1.0, dStar - 0.003, null).entropy();
        double gap2 = g.entropy() - fp.solve(1.0, dStar - 0.006, null).entropy();
        double gapUp = g.entropy() - fp.solve(1.0, dStar + 0.003, null).entropy();
        assertThat(gap1).isPositive();
        assertThat(gap2 / gap1).isCloseTo(4, within(0.3));
        assertThat(gapUp / gap1).isCloseTo(1, within(0.15));
    }

    @Test
    void ternaryWeightsAtANegativeMargin() {
        WeightSet ternary = WeightSet.of(-1, 0, 1);
        Gardner g = new Gardner(Quadrature.defaults(), -0.5, INF, ternary);
        double ac = g.capacity(1e-9).alphaC();
        // above the binary alpha_c(-0.5) = 1.6788 and below the annealed bound ln 3 / (-ln H(-0.5))
        assertThat(ac).isGreaterThan(1.6788).isLessThan(Math.log(3) / -GaussianFunctions.lnH(-0.5))
                .isCloseTo(2.447438582, within(1e-7));
        GardnerSolution s = g.solve(1.0);
        MultiStateRobustEnsembleLimit lim = new MultiStateRobustEnsembleLimit(Quadrature.defaults(), -0.5, INF, ternary);
        assertThat(lim.solve(1.0, 0).bigPhi()).isCloseTo(s.entropy(), within(1e-8));
        // the multi-state Franz-Parisi closed-form point is stationary with the Gardner value
        MultiStateFranzParisi fp = new MultiStateFranzParisi(Quadrature.defaults(), -0.5, INF, ternary);
        double[] raw = {s.q(), s.q(), s.selfOverlap(), s.qHat(), s.qHat(), s.qHat(), s.selfConjugate()};
        double[] ev = fp.evaluate(1.0, (1 - s.normalisedOverlap()) / 2, raw);
        assertThat(ev[1]).isLessThan(1e-9);
        assertThat(ev[0]).isCloseTo(s.entropy(), within(1e-8));
    }

    @Test
    void marginsBelowMinusTwoAreRejected() {
        assertThatThrownBy(() -> new Gardner(Quadrature.defaults(), -2.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[-2.0, 10]");
        assertThatThrownBy(() -> new FranzParisi(Quadrature.defaults(), -3, INF))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RobustEnsemble(Quadrature.defaults(), -2.01, INF))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
