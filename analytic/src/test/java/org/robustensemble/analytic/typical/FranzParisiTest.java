package org.robustensemble.analytic.typical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.robustensemble.analytic.curve.DenseRegionCurve;
import org.robustensemble.analytic.gardner.Gardner;
import org.robustensemble.analytic.gardner.GardnerSolution;
import org.robustensemble.analytic.gauss.GaussianFunctions;
import org.robustensemble.analytic.gauss.Quadrature;

/** Franz-Parisi potential (docs/theory.md 3.4, 7): exact point, shape, isolation of typical solutions. */
class FranzParisiTest {
    private final FranzParisi fp = new FranzParisi();

    @Test
    void maximumIsGardnerEntropyAtDStar() {
        GardnerSolution g = new Gardner().solve(0.6);
        double dStar = (1 - g.q()) / 2;
        FranzParisiSolution s = fp.solve(0.6, dStar, null);
        assertThat(s.entropy()).isCloseTo(g.entropy(), within(1e-8));
        // neighbours on both sides lie below, approaching s_G quadratically
        FranzParisiSolution below = fp.solve(0.6, dStar - 0.005, null);
        FranzParisiSolution above = fp.solve(0.6, dStar + 0.005, null);
        assertThat(below.report().residual()).isLessThan(1e-10);
        assertThat(below.entropy()).isLessThan(g.entropy()).isGreaterThan(g.entropy() - 1e-3);
        assertThat(above.entropy()).isLessThan(g.entropy()).isGreaterThan(g.entropy() - 1e-3);
    }

    @Test
    void typicalSolutionsAreIsolatedWhileDenseRegionsAreNot() {
        // alpha = 0.6: S_FP crosses zero near d = 0.016 (docs/theory.md 7); the dense-region curve stays close to H2
        double[] ds = {0.05, 0.03, 0.02, 0.012};
        List<FranzParisiSolution> curve = fp.curve(0.6, ds);
        assertThat(curve).doesNotContainNull();
        assertThat(curve.get(2).entropy()).isPositive().isLessThan(0.01);
        assertThat(curve.get(3).entropy()).isNegative();
        for (int i = 1; i < ds.length; i++) {
            assertThat(curve.get(i).entropy()).isLessThan(curve.get(i - 1).entropy());
        }
        List<DenseRegionCurve.Point> dense = new DenseRegionCurve().compute(0.6, Double.POSITIVE_INFINITY,
                new double[] {0.05, 0.03, 0.02});
        double prevRatio = 0;
        for (int i = 0; i < 3; i++) {
            double h2 = GaussianFunctions.binaryEntropy(ds[i]);
            double ratio = dense.get(i).localEntropy() / h2;
            // the dense-region curve approaches H2(d) as d decreases (0.66 at d = 0.05, 0.85 at d = 0.02)
            assertThat(ratio).isLessThan(1).isGreaterThan(prevRatio);
            prevRatio = ratio;
            assertThat(curve.get(i).entropy()).isLessThan(dense.get(i).localEntropy() - 0.05);
        }
        assertThat(prevRatio).isGreaterThan(0.8);
    }

    @Test
    void aPointOfTheCurveDoesNotDependOnTheOtherPointsAndEqualsTheDirectContinuation() {
        List<FranzParisiSolution> alone = fp.curve(0.6, new double[] {0.1});
        List<FranzParisiSolution> many = fp.curve(0.6, new double[] {0.2, 0.1, 0.05});
        assertThat(many.get(1).entropy()).isEqualTo(alone.get(0).entropy());
        assertThat(many.get(1).orderParameters()).containsExactly(alone.get(0).orderParameters());
        // the value of the full-resolution continuation from d* in steps of 0.01 (the former schedule)
        assertThat(alone.get(0).entropy()).isCloseTo(0.118686546145, within(1e-11));
    }

    @Test
    void aLoadAtOrBeyondTheCapacityIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fp.curve(0.9, new double[] {0.1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("capacity");
    }

    @Test
    void quadratureConvergedWhenNodesDouble() {
        FranzParisiSolution a = fp.solve(0.6, 0.28, null);
        FranzParisiSolution b = new FranzParisi(Quadrature.defaults().doubled()).solve(0.6, 0.28, a.orderParameters());
        assertThat(b.entropy()).isCloseTo(a.entropy(), within(1e-9));
    }
}
