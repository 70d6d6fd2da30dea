package org.robustensemble.analytic.curve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.robustensemble.analytic.ensemble.RobustEnsemble;
import org.robustensemble.analytic.ensemble.RobustEnsembleSolution;
import org.robustensemble.analytic.gauss.Quadrature;

class ZeroComplexityCurveTest {

    /**
     * alpha = 0.6: at d = 0.04 the finite-y curve has Sigma_ext &lt; 0 at y = 16 (docs/theory.md 3.2: it turns negative near
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

    /**
     * The branch continued from small d (dense-reference.md section 9.1): at alpha = 0.765 it carries on past the dip
     * of gamma (minimum ~0.17 near d = 0.04); at alpha = 0.77 it closes off as an isolated cluster, gamma -&gt; 0 while
     * y* diverges with gamma y* finite (~1.3), and S_I flattens (dS_I/dd = 2 gamma -&gt; 0).
     */
    @Test
    @org.junit.jupiter.api.Tag("slow")
    void theBranchFromSmallDistancesClosesOffBetween0765And077() {
        ZeroComplexityCurve c = new ZeroComplexityCurve(Quadrature.defaults());
        double[] ds = {0.02, 0.025, 0.03, 0.035, 0.04, 0.045, 0.05, 0.055, 0.06, 0.065, 0.07, 0.075, 0.08};
        List<ZeroComplexityCurve.Point> below = c.compute(0.765, ds, 400, false);
        List<ZeroComplexityCurve.Point> above = c.compute(0.77, ds, 400, false);
        double minBelow = Double.POSITIVE_INFINITY;
        for (int i = 0; i < ds.length; i++) {
            assertThat(below.get(i).converged()).as("0.765, d = %s", ds[i]).isTrue();
            assertThat(above.get(i).converged()).as("0.77, d = %s", ds[i]).isTrue();
            minBelow = Math.min(minBelow, below.get(i).gamma());
            if (i > 0) {
                assertThat(above.get(i).gamma()).isLessThan(above.get(i - 1).gamma());
                assertThat(above.get(i).y()).isGreaterThan(above.get(i - 1).y());
                assertThat(above.get(i).localEntropy()).isGreaterThan(above.get(i - 1).localEntropy());
            }
        }
        assertThat(minBelow).isGreaterThan(0.15);
        ZeroComplexityCurve.Point end = above.get(ds.length - 1);
        assertThat(end.gamma()).isLessThan(0.015);
        assertThat(end.y()).isGreaterThan(100);
        assertThat(end.gamma() * end.y()).isBetween(1.0, 1.6);
        assertThat(below.get(ds.length - 1).gamma()).isGreaterThan(0.15);
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

    /**
     * dense-reference.md section 9.2, through {@link ZeroComplexityBreakup#classify}: with steps of 1e-4 in d through
     * the dip, at alpha = 0.76682 branch B folds back near d = 0.0435 (a jump to the upper branch, gamma about 0.126
     * before it), while at 0.76683 it runs on without a jump until gamma &lt; 0.05 (at d = 0.0595; it ends with
     * gamma ~ 0.008 at d = 0.08, section 9.1).
     */
    @Test
    @org.junit.jupiter.api.Tag("slow")
    void theBranchDetachesBetween076682And076683() {
        ZeroComplexityBreakup b = new ZeroComplexityBreakup(Quadrature.defaults());
        ZeroComplexityBreakup.Evaluation folds = b.classify(0.76682);
        assertThat(folds.detached()).isFalse();
        assertThat(folds.d()).isBetween(0.0430, 0.0440);
        assertThat(folds.gamma()).isBetween(0.12, 0.13);
        ZeroComplexityBreakup.Evaluation runs = b.classify(0.76683);
        assertThat(runs.detached()).isTrue();
        assertThat(runs.d()).isBetween(0.055, 0.065);
        assertThat(runs.gamma()).isLessThan(ZeroComplexityBreakup.GAMMA_END);
    }

    @Test
    void detachmentGridAndArguments() {
        double[] g = ZeroComplexityBreakup.grid();
        int fine = 0;
        for (int i = 1; i < g.length; i++) {
            assertThat(g[i]).isGreaterThan(g[i - 1]);
            if (g[i] > 0.040 && g[i] <= 0.046 && Math.abs(g[i] - g[i - 1] - 1e-4) < 1e-9) {
                fine++;
            }
        }
        assertThat(fine).isEqualTo(60);
        assertThat(g[0]).isEqualTo(0.02);
        assertThat(g[g.length - 1]).isEqualTo(0.09);
        ZeroComplexityBreakup b = new ZeroComplexityBreakup(Quadrature.defaults());
        assertThatThrownBy(() -> b.locate(0.77, 0.765, 1e-5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.locate(0.765, 0.77, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
