package org.robustensemble.analytic.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.robustensemble.analytic.curve.DenseReferenceCurve;
import org.robustensemble.analytic.curve.DenseRegionCurve;
import org.robustensemble.analytic.gauss.GaussianFunctions;
import org.robustensemble.analytic.gauss.Quadrature;
import org.robustensemble.analytic.saddle.StationaryProblem;

class DenseReferenceTest {

    @Test
    void residualIsTheGradientOfTheAction() {
        residualIsTheGradientOfTheAction(0);
    }

    @Test
    void residualIsTheGradientOfTheActionWithAMargin() {
        residualIsTheGradientOfTheAction(0.3);
        residualIsTheGradientOfTheAction(-0.4);
    }

    private static void residualIsTheGradientOfTheAction(double kappa) {
        // an arbitrary interior point (not a saddle point): each row is (a multiple of) one partial derivative
        double alpha = 0.6;
        double d = 0.1;
        double[] x = {0.68, 0.6, 1.3, 0.3, 0.5, 0.36, 0.08, 0.09, 0.37};
        DenseReference dr = new DenseReference(Quadrature.defaults(), kappa);
        StationaryProblem p = dr.problem(alpha, d, x);
        double[] f = new double[9];
        p.residual(x, f);
        double[] factor = {2, 2, 2, 1, 2, 2, 2, 1, 1};
        int[] variable = {5, 4, 6, 7, 1, 0, 2, 3, 8};
        for (int i = 0; i < 9; i++) {
            int j = variable[i];
            double h = 1e-5;
            double[] xp = x.clone();
            xp[j] += h;
            double[] xm = x.clone();
            xm[j] -= h;
            double numeric = factor[i] * (dr.observables(alpha, d, xp, null).localEntropy()
                    - dr.observables(alpha, d, xm, null).localEntropy()) / (2 * h);
            assertThat(f[i]).as("row %d", i).isCloseTo(numeric, within(1e-8));
        }
        // gamma = -dS_I/dS at fixed order parameters (envelope theorem)
        double h = 1e-5;
        double numeric = -(dr.observables(alpha, d - h, x, null).localEntropy()
                - dr.observables(alpha, d + h, x, null).localEntropy()) / (4 * h);
        assertThat(dr.observables(alpha, d, x, null).gamma()).isCloseTo(numeric, within(1e-8));
    }

    @Test
    void zeroLoadIsTheBinaryEntropy() {
        for (DenseReferenceCurve.Point p : new DenseReferenceCurve().compute(0, new double[] {0.02, 0.2, 0.45})) {
            assertThat(p.localEntropy()).isEqualTo(GaussianFunctions.binaryEntropy(p.d()));
            assertThat(p.gamma()).isCloseTo(DenseRegionCurve.atanh(1 - 2 * p.d()), within(1e-15));
        }
    }

    @Test
    void constraintIsSlackAtSmallDistanceAndTheCurvesCoincide() {
        // alpha = 0.6, d = 0.04: the unconstrained densest reference is itself a solution (constraint cost < 1e-11)
        DenseReferenceCurve.Point c = new DenseReferenceCurve().compute(0.6, new double[] {0.04}).get(0);
        DenseRegionCurve.Point u = new DenseRegionCurve().compute(0.6, Double.POSITIVE_INFINITY, new double[] {0.04}).get(0);
        assertThat(c.converged()).isTrue();
        assertThat(c.solution().slack()).isTrue();
        assertThat(c.solution().penalty()).isLessThan(DenseReference.SLACK_TOLERANCE);
        assertThat(c.localEntropy()).isCloseTo(u.localEntropy(), within(1e-9));
        assertThat(c.gamma()).isCloseTo(u.gamma(), within(1e-7));
        assertThat(c.localEntropy()).isLessThan(c.binaryEntropy());
    }

    @Test
    void withAMarginTheSlackCurveIsTheUnconstrainedOneAtThatMargin() {
        // kappa = 0.1, alpha = 0.5 (alpha_c(0.1) = 0.733): at d = 0.04 the constraint is slack and the constrained
        // curve must equal the unconstrained y = inf curve at the same margin (RobustEnsembleLimit + PatternFactor,
        // an independent implementation of the margin)
        DenseReferenceCurve.Point c = new DenseReferenceCurve(Quadrature.defaults(), 0.1).compute(0.5, new double[] {0.04}).get(0);
        DenseRegionCurve.Point u = new DenseRegionCurve(Quadrature.defaults(), 0.1, Double.POSITIVE_INFINITY)
                .compute(0.5, Double.POSITIVE_INFINITY, new double[] {0.04}).get(0);
        DenseRegionCurve.Point u0 = new DenseRegionCurve().compute(0.5, Double.POSITIVE_INFINITY, new double[] {0.04}).get(0);
        assertThat(c.converged()).as("%s", c.report()).isTrue();
        assertThat(c.solution().slack()).isTrue();
        assertThat(c.localEntropy()).isCloseTo(u.localEntropy(), within(1e-9));
        assertThat(c.gamma()).isCloseTo(u.gamma(), within(1e-7));
        assertThat(c.localEntropy()).isLessThan(u0.localEntropy() - 1e-4);
    }

    @Test
    void constraintCostsLittleAtModerateDistanceAndGammaIsTheSlope() {
        // alpha = 0.6, d = 0.1: the constraint is active (not slack) but costs only ~1e-5 of local entropy
        DenseReferenceCurve curve = new DenseReferenceCurve();
        List<DenseReferenceCurve.Point> pts = curve.compute(0.6, new double[] {0.1 + 1e-4, 0.1, 0.1 - 1e-4});
        DenseRegionCurve.Point u = new DenseRegionCurve().compute(0.6, Double.POSITIVE_INFINITY, new double[] {0.1}).get(0);
        DenseReferenceCurve.Point c = pts.get(1);
        assertThat(c.solution().slack()).isFalse();
        assertThat(c.localEntropy()).isLessThan(u.localEntropy()).isGreaterThan(u.localEntropy() - 1e-4);
        assertThat(c.localEntropy()).isLessThan(c.binaryEntropy());
        assertThat(c.gamma()).isCloseTo(u.gamma(), within(2e-3));
        // Legendre structure: dS_I/dd = 2 gamma
        double slope = (pts.get(0).localEntropy() - pts.get(2).localEntropy()) / 2e-4;
        assertThat(slope).isCloseTo(2 * c.gamma(), within(1e-6));
    }

    @Test
    @Tag("slow")
    void quadratureConvergesWhenNodesAreDoubled() {
        DenseReferenceSolution a = new DenseReferenceCurve().compute(0.6, new double[] {0.1}).get(0).solution();
        DenseReference doubled = new DenseReference(Quadrature.defaults().doubled());
        DenseReferenceSolution b = doubled.solve(0.6, 0.1, a.orderParameters());
        assertThat(b.localEntropy()).isCloseTo(a.localEntropy(), within(1e-9));
        assertThat(b.gamma()).isCloseTo(a.gamma(), within(1e-7));
    }

    @Test
    void badInputIsAClearError() {
        assertThatThrownBy(() -> new DenseReference().solve(0.6, 0.6, new double[9]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("d = 0.6");
        assertThatThrownBy(() -> new DenseReferenceCurve().compute(-0.1, new double[] {0.1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alpha");
    }
}
