package org.robustensemble.analytic.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.robustensemble.analytic.curve.DenseRegionCurve;
import org.robustensemble.analytic.curve.MultiStateCurve;
import org.robustensemble.analytic.gardner.Gardner;
import org.robustensemble.analytic.gauss.Quadrature;
import org.robustensemble.analytic.model.WeightSet;

/** The y = infinity robust ensemble for multi-state weights: exact limits and the binary reduction. */
class MultiStateRobustEnsembleLimitTest {
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final Quadrature Q = Quadrature.defaults();
    private static final WeightSet TERNARY = WeightSet.of(-1, 0, 1);

    @Test
    void twoValueSetIsTheBinaryProblemWithARescaledCoupling() {
        // W = 2 sigma: exp(gamma W.Wref) = exp(4 gamma sigma.sigmaref); same Phi and d, S scaled by 4
        MultiStateRobustEnsembleLimit.Solution m = new MultiStateRobustEnsembleLimit(Q, 0, INF, WeightSet.of(-2, 2))
                .solve(0.6, 0.125);
        RobustEnsembleLimitSolution b = new RobustEnsembleLimit(Q).solve(0.6, 0.5);
        assertThat(m.bigPhi()).isCloseTo(b.bigPhi(), within(1e-9));
        assertThat(m.distance()).isCloseTo(b.distance(), within(1e-9));
        assertThat(m.overlap()).isCloseTo(4 * b.overlap(), within(4e-9));
        assertThat(b.bigPhi()).isCloseTo(0.581813, within(1e-6));
    }

    @Test
    void gammaZeroIsTheGardnerEntropyOfTheSet() {
        for (WeightSet w : new WeightSet[] {TERNARY, WeightSet.levels(2)}) {
            double sG = new Gardner(Q, 0, INF, w).solve(0.6).entropy();
            assertThat(new MultiStateRobustEnsembleLimit(Q, 0, INF, w).solve(0.6, 0).bigPhi()).isCloseTo(sG,
                    within(1e-9));
        }
    }

    @Test
    void zeroLoadIsTheEntropyOfPairsAtThatDistance() {
        // at alpha = 0 the densest references take the extreme values; the local entropy is the largest entropy of
        // a distribution p over the set with wmax <w> = S, found here by a direct search over p
        MultiStateRobustEnsembleLimit re = new MultiStateRobustEnsembleLimit(Q, 0, INF, TERNARY);
        for (double g : new double[] {0.3, 1.0, 2.0}) {
            MultiStateRobustEnsembleLimit.Solution s = re.solve(0, g);
            double best = Double.NEGATIVE_INFINITY;
            // p = (pm, p0, pp) with pp - pm = S: one free parameter p0
            double sv = s.overlap();
            for (int i = 0; i <= 200000; i++) {
                double p0 = (1 - sv) * i / 200000.0;
                double pp = 0.5 * (1 - p0 + sv);
                double pm = 0.5 * (1 - p0 - sv);
                double h = 0;
                for (double p : new double[] {pm, p0, pp}) {
                    h -= p > 0 ? p * Math.log(p) : 0;
                }
                best = Math.max(best, h);
            }
            assertThat(s.localEntropy()).as("gamma=%s", g).isCloseTo(best, within(1e-9));
        }
    }

    @Test
    void ternaryDenseRegionsAtAlpha06() {
        MultiStateRobustEnsembleLimit re = new MultiStateRobustEnsembleLimit(Q, 0, INF, TERNARY);
        MultiStateRobustEnsembleLimit.Solution s = re.solve(0.6, 0.5);
        MultiStateRobustEnsembleLimit.Solution f = new MultiStateRobustEnsembleLimit(Q.doubled(), 0, INF, TERNARY)
                .solve(0.6, 0.5, s.orderParameters());
        assertThat(f.bigPhi()).isCloseTo(s.bigPhi(), within(1e-9));
        assertThat(s.localEntropy()).isPositive();
        System.out.println(s);
    }

    @Test
    void curveOfATwoValueSetIsTheBinaryCurveAndTernaryCurveLiesBelowTheZeroLoadCurve() {
        double[] ds = {0.1, 0.05};
        java.util.List<MultiStateCurve.Point<MultiStateRobustEnsembleLimit.Solution>> two = new MultiStateRobustEnsembleLimit(Q, 0, INF,
                WeightSet.of(-2, 2)).curve(0.6, ds);
        java.util.List<DenseRegionCurve.Point> bin = new DenseRegionCurve().compute(0.6, INF, ds);
        for (int i = 0; i < ds.length; i++) {
            assertThat(two.get(i).failure()).isNull();
            assertThat(two.get(i).solution().distance()).isCloseTo(ds[i], within(1e-10));
            assertThat(two.get(i).solution().localEntropy()).isCloseTo(bin.get(i).localEntropy(), within(1e-8));
            assertThat(two.get(i).zeroLoadEntropy()).isCloseTo(bin.get(i).binaryEntropy(), within(1e-10));
        }
        java.util.List<MultiStateCurve.Point<MultiStateRobustEnsembleLimit.Solution>> ter = new MultiStateRobustEnsembleLimit(Q, 0, INF,
                TERNARY).curve(0.6, ds);
        for (int i = 0; i < ds.length; i++) {
            MultiStateCurve.Point<MultiStateRobustEnsembleLimit.Solution> p = ter.get(i);
            assertThat(p.failure()).isNull();
            assertThat(p.solution().localEntropy()).isPositive().isLessThan(p.zeroLoadEntropy());
            System.out.printf("ternary alpha=0.6 d=%s gamma=%.6f S_I=%.6f bound=%.6f binary S_I=%.6f%n", ds[i],
                    p.solution().gamma(), p.solution().localEntropy(), p.zeroLoadEntropy(), bin.get(i).localEntropy());
        }
    }

    @Test
    @Tag("slow")
    void twoBitCurveIsScaleInvariant() {
        // {-3,-1,1,3} and {-1.5,-0.5,0.5,1.5}: the same problem, gamma scaled by the square of the scale
        MultiStateCurve.Point<MultiStateRobustEnsembleLimit.Solution> a = new MultiStateRobustEnsembleLimit(Q, 0, INF,
                WeightSet.levels(2)).curve(0.6, new double[] {0.1}).get(0);
        MultiStateCurve.Point<MultiStateRobustEnsembleLimit.Solution> b = new MultiStateRobustEnsembleLimit(Q, 0, INF,
                WeightSet.of(-1.5, -0.5, 0.5, 1.5)).curve(0.6, new double[] {0.1}).get(0);
        assertThat(a.failure()).isNull();
        assertThat(b.failure()).isNull();
        assertThat(b.solution().localEntropy()).isCloseTo(a.solution().localEntropy(), within(1e-8));
        assertThat(b.solution().gamma()).isCloseTo(4 * a.solution().gamma(), within(1e-8));
        assertThat(b.zeroLoadEntropy()).isCloseTo(a.zeroLoadEntropy(), within(1e-10));
    }
}
