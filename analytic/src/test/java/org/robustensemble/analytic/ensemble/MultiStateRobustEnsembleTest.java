package org.robustensemble.analytic.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.robustensemble.analytic.curve.DenseRegionCurve;
import org.robustensemble.analytic.curve.MultiStateCurve;
import org.robustensemble.analytic.gardner.Gardner;
import org.robustensemble.analytic.gauss.Quadrature;
import org.robustensemble.analytic.model.WeightSet;

/** The finite-y robust ensemble for multi-state weights: exact limits, binary reduction, approach to y = inf. */
class MultiStateRobustEnsembleTest {
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final Quadrature Q = Quadrature.defaults();
    private static final WeightSet TERNARY = WeightSet.of(-1, 0, 1);

    @Test
    void gammaZeroIsLnOfTheSetSizePlusYTimesGardner() {
        for (WeightSet w : new WeightSet[] {TERNARY, WeightSet.levels(2)}) {
            double sG = new Gardner(Q, 0, INF, w).solve(0.6).entropy();
            MultiStateRobustEnsemble.Solution s = new MultiStateRobustEnsemble(Q, 0, INF, w).solve(0.6, 3, 0);
            assertThat(s.phi()).as("%s", w).isCloseTo(Math.log(w.size()) + 3 * sG, within(1e-8));
        }
    }

    @Test
    void zeroLoadIsTheDirectSumOverReferenceAndReplicaValues() {
        double y = 3;
        double g = 0.8;
        MultiStateRobustEnsemble.Solution s = new MultiStateRobustEnsemble(Q, 0, INF, TERNARY).solve(0, y, g);
        // phi = ln sum_wref (sum_w e^{g wref w})^y, Phi and S its derivatives, computed directly
        double z = 0;
        double zPhi = 0;
        double zS = 0;
        for (double r : TERNARY.values()) {
            double zr = 0;
            double zw = 0;
            for (double w : TERNARY.values()) {
                zr += Math.exp(g * r * w);
                zw += r * w * Math.exp(g * r * w);
            }
            double p = Math.pow(zr, y);
            z += p;
            zPhi += p * Math.log(zr);
            zS += p * zw / zr;
        }
        assertThat(s.phi()).isCloseTo(Math.log(z), within(1e-9));
        assertThat(s.bigPhi()).isCloseTo(zPhi / z, within(1e-9));
        assertThat(s.overlap()).isCloseTo(zS / z, within(1e-9));
    }

    @Test
    void twoValueSetIsTheBinaryRobustEnsembleWithARescaledCoupling() {
        MultiStateRobustEnsemble.Solution m = new MultiStateRobustEnsemble(Q, 0, INF, WeightSet.of(-2, 2))
                .solve(0.6, 4, 0.125);
        RobustEnsembleSolution b = new RobustEnsemble(Q).solve(0.6, 4, 0.5);
        assertThat(m.phi()).isCloseTo(b.phi(), within(1e-8));
        assertThat(m.bigPhi()).isCloseTo(b.bigPhi(), within(1e-8));
        assertThat(m.distance()).isCloseTo(b.distance(), within(1e-8));
        assertThat(b.phi()).isCloseTo(2.477131, within(1e-5));
    }

    @Test
    void ternaryIsQuadratureConvergedAndApproachesTheYInfinityLimit() {
        MultiStateRobustEnsemble re = new MultiStateRobustEnsemble(Q, 0, INF, TERNARY);
        MultiStateRobustEnsemble.Solution a = re.solve(0.6, 4, 0.5);
        MultiStateRobustEnsemble.Solution f = new MultiStateRobustEnsemble(Q.doubled(), 0, INF, TERNARY)
                .solve(0.6, 4, 0.5, a.orderParameters());
        assertThat(f.phi()).isCloseTo(a.phi(), within(1e-8));
        double inf = new MultiStateRobustEnsembleLimit(Q, 0, INF, TERNARY).solve(0.6, 0.5).bigPhi();
        double prev = INF;
        double[] start = null;
        for (double y : new double[] {4, 8, 16}) {
            MultiStateRobustEnsemble.Solution s = start == null ? re.solve(0.6, y, 0.5) : re.solve(0.6, y, 0.5, start);
            start = s.orderParameters();
            double gap = Math.abs(s.bigPhi() - inf);
            // the gap closes at least like 1/y
            assertThat(gap).as("y=%s", y).isLessThan(prev / 2);
            prev = gap;
            System.out.printf("ternary y=%s phi/y=%.6f Phi=%.6f S_I=%.6f d=%.6f (y=inf Phi %.6f)%n", y, s.phi() / y,
                    s.bigPhi(), s.localEntropy(), s.distance(), inf);
        }
    }

    @Test
    void finiteYCurveOfATwoValueSetIsTheBinaryCurve() {
        double[] ds = {0.12, 0.1};
        java.util.List<MultiStateCurve.Point<MultiStateRobustEnsemble.Solution>> two = new MultiStateRobustEnsemble(Q, 0,
                INF, WeightSet.of(-2, 2)).curve(0.6, 4, ds);
        java.util.List<DenseRegionCurve.Point> bin = new DenseRegionCurve().compute(0.6, 4, ds);
        for (int i = 0; i < ds.length; i++) {
            assertThat(two.get(i).failure()).isNull();
            assertThat(two.get(i).solution().distance()).isCloseTo(ds[i], within(1e-10));
            assertThat(two.get(i).solution().localEntropy()).isCloseTo(bin.get(i).localEntropy(), within(1e-8));
            assertThat(two.get(i).solution().externalEntropy()).isCloseTo(bin.get(i).externalEntropy(), within(1e-8));
        }
    }
}
