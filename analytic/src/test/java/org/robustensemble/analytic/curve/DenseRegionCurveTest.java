package org.robustensemble.analytic.curve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.robustensemble.analytic.ensemble.RobustEnsembleLimit;
import org.robustensemble.analytic.ensemble.RobustEnsembleLimitSolution;

class DenseRegionCurveTest {

    @Test
    void yInfinityCurveAtAlpha06IsMonotoneAndBelowH2() {
        double[] ds = new double[30];
        for (int i = 0; i < ds.length; i++) {
            ds[i] = 0.02 + 0.005 * i;
        }
        List<DenseRegionCurve.Point> pts = new DenseRegionCurve().compute(0.6, Double.POSITIVE_INFINITY, ds);
        assertThat(pts).hasSize(30);
        for (int i = 0; i < pts.size(); i++) {
            DenseRegionCurve.Point p = pts.get(i);
            assertThat(p.d()).isEqualTo(ds[i]);
            assertThat(p.localEntropy()).isPositive().isLessThan(p.binaryEntropy());
            assertThat(p.limitSolution().distance()).isCloseTo(p.d(), within(1e-10));
            if (i > 0) {
                assertThat(p.localEntropy()).isGreaterThan(pts.get(i - 1).localEntropy());
                assertThat(p.gamma()).isLessThan(pts.get(i - 1).gamma());
            }
        }
        // the point agrees with a direct solve at the gamma it found
        DenseRegionCurve.Point p = pts.get(10);
        RobustEnsembleLimitSolution direct = new RobustEnsembleLimit().solve(0.6, p.gamma());
        assertThat(direct.distance()).isCloseTo(p.d(), within(1e-9));
        assertThat(direct.localEntropy()).isCloseTo(p.localEntropy(), within(1e-9));
    }

    @Test
    void finiteYCurveReportsExternalEntropy() {
        List<DenseRegionCurve.Point> pts = new DenseRegionCurve().compute(0.6, 4, new double[] {0.1, 0.15});
        for (DenseRegionCurve.Point p : pts) {
            assertThat(p.finiteSolution().distance()).isCloseTo(p.d(), within(1e-10));
            assertThat(p.externalEntropy()).isEqualTo(p.finiteSolution().externalEntropy());
            assertThat(p.localEntropy()).isLessThan(p.binaryEntropy());
        }
    }

    @Test
    void zeroLoadIsBinaryEntropy() {
        for (DenseRegionCurve.Point p : new DenseRegionCurve().compute(0, Double.POSITIVE_INFINITY, new double[] {0.05, 0.2})) {
            assertThat(p.localEntropy()).isCloseTo(p.binaryEntropy(), within(1e-12));
        }
    }

    @Test
    void unreachableDistanceIsAClearError() {
        // at gamma = 0 the distance is (1 - S)/2 = 0.2234 at alpha = 0.6: larger d needs gamma < 0
        assertThatThrownBy(() -> new DenseRegionCurve().compute(0.6, Double.POSITIVE_INFINITY, new double[] {0.3}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not reachable");
    }
}
