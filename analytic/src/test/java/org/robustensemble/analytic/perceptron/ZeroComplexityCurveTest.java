package org.robustensemble.analytic.perceptron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class ZeroComplexityCurveTest {

    /**
     * alpha = 0.6: at d = 0.04 the finite-y curve has Sigma_ext &lt; 0 at y = 16 (science.md 3.2: it turns negative near
     * y = 12.3 for gamma = 1 at d ~ 0.025), so y* is finite there. Checks: the point is a saddle point of the plain
     * finite-y equations at (y*, gamma*) with S = 1 - 2d and Sigma_ext = 0; the envelope relation dS_I/dd = 2 gamma
     * holds along the Sigma_ext = 0 curve (S_I = psi(y*, S)/y* with psi the fixed-S free entropy, so the y* dependence
     * drops out); the curve lies below the y = inf curve (those references do not exist).
     */
    @Test
    void alpha06PointsAreSaddlePointsWithZeroExternalEntropyAndObeyTheEnvelopeRelation() {
        double h = 5e-4;
        double[] ds = {0.04 + h, 0.04, 0.04 - h};
        List<ZeroComplexityCurve.Point> pts = new ZeroComplexityCurve(Quadrature.defaults()).compute(0.6, ds, 200);
        for (ZeroComplexityCurve.Point p : pts) {
            assertThat(p.converged()).as("d = %s: %s", p.d(), p.failure()).isTrue();
            assertThat(p.y()).isBetween(10.0, 16.0);
            assertThat(p.solution().externalEntropy()).isCloseTo(0, within(1e-9));
            assertThat(p.solution().distance()).isCloseTo(p.d(), within(1e-10));
            assertThat(p.localEntropy()).isPositive().isLessThan(p.binaryEntropy());
        }
        ZeroComplexityCurve.Point mid = pts.get(1);
        // an independent solve of the finite-y equations at (y*, gamma*), continued in gamma from the Gardner point
        RobustEnsembleSolution direct = new RobustEnsemble().solve(0.6, mid.y(), mid.gamma());
        assertThat(direct.externalEntropy()).isCloseTo(0, within(1e-8));
        assertThat(direct.distance()).isCloseTo(0.04, within(1e-9));
        assertThat(direct.localEntropy()).isCloseTo(mid.localEntropy(), within(1e-9));
        // envelope relation: central difference of S_I against 2 gamma (truncation error ~ h^2 S_I''' ~ 1e-6)
        double slope = (pts.get(0).localEntropy() - pts.get(2).localEntropy()) / (2 * h);
        assertThat(slope).isCloseTo(2 * mid.gamma(), within(2e-4 * mid.gamma()));
        // below the y = inf curve at the same d (S_I^inf(0.04) = 0.117381, analytic/docs/dense-reference.md)
        assertThat(mid.localEntropy()).isLessThan(0.117381 - 1e-3);
    }

    /**
     * alpha = 0.78: at d = 0.05 two Sigma_ext = 0 branches coexist (y* = 15.65, S_I = 0.027736 and y* = 22.38,
     * S_I = 0.025072; dense-reference.md section 9); a pass downwards from d = 0.06 starts on the lower one, the pass
     * upwards keeps the higher one, which the curve must return at both distances.
     */
    @Test
    @org.junit.jupiter.api.Tag("slow")
    void keepsTheDominantBranchWhereTwoCoexist() {
        List<ZeroComplexityCurve.Point> pts = new ZeroComplexityCurve(Quadrature.defaults()).compute(0.78,
                new double[] {0.04, 0.05, 0.06}, 64);
        assertThat(pts.get(1).localEntropy()).isCloseTo(0.0277365, within(1e-6));
        assertThat(pts.get(1).y()).isCloseTo(15.652, within(1e-2));
        assertThat(pts.get(2).localEntropy()).isCloseTo(0.0294749, within(1e-6));
        assertThat(pts.get(0).localEntropy()).isLessThan(pts.get(1).localEntropy());
    }

    @Test
    void rejectsBadInput() {
        ZeroComplexityCurve c = new ZeroComplexityCurve(Quadrature.defaults());
        assertThatThrownBy(() -> c.compute(0, new double[] {0.1}, 100)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alpha");
        assertThatThrownBy(() -> c.compute(0.6, new double[] {0.6}, 100)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("d = 0.6");
        assertThatThrownBy(() -> c.compute(0.6, new double[] {0.1}, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("yMax");
    }
}
