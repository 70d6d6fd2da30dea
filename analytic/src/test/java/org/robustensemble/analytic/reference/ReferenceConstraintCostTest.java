package org.robustensemble.analytic.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.robustensemble.analytic.ensemble.RobustEnsemble;
import org.robustensemble.analytic.ensemble.RobustEnsembleSolution;

class ReferenceConstraintCostTest {

    /**
     * The site measure reproduces the saddle point it comes from: q0, q1 and S recomputed from the reference/group
     * weights equal the solver's to 1e-7, and the overlaps form a valid covariance with the reference closer to its
     * own replicas than to others' (S &gt; p0).
     */
    @Test
    void siteMeasureReproducesTheSaddlePoint() {
        RobustEnsembleSolution s = new RobustEnsemble().solve(0.6, 12.93216605, 0.7642823993);
        ReferenceConstraintCost.Result r = ReferenceConstraintCost.evaluate(s);
        assertThat(r.q0()).isCloseTo(s.q0(), within(1e-7));
        assertThat(r.q1()).isCloseTo(s.q1(), within(1e-7));
        assertThat(r.overlap()).isCloseTo(s.overlap(), within(1e-7));
        assertThat(r.a3Squared()).isPositive();
        assertThat(r.overlap()).isGreaterThan(r.p0());
        assertThat(r.qt()).isBetween(0.0, 1.0);
    }

    /**
     * The Sigma_ext = 0 point at alpha = 0.6, d = 0.04 (y* = 12.932, gamma = 0.76428; ZeroComplexityCurve): the cost is
     * -5.4887e-4, as an independent numpy prototype of the same formula on its own grids gave (-5.489e-4). Small but
     * far from the y = inf value, where the constraint is slack to double precision at this d (dense-reference.md
     * sections 7 and 9.4).
     */
    @Test
    void costAtTheAlpha06SigmaZeroPoint() {
        RobustEnsembleSolution s = new RobustEnsemble().solve(0.6, 12.93216605, 0.7642823993);
        assertThat(s.distance()).isCloseTo(0.04, within(1e-8));
        double cost = ReferenceConstraintCost.evaluate(s).cost();
        assertThat(cost).isCloseTo(-5.4887e-4, within(2e-8));
    }

    /**
     * gamma -&gt; 0: the reference decouples from its replicas and satisfies each pattern with probability 1/2, so the
     * cost tends to alpha ln(1/2). The approach is linear in gamma (the reference's correlation with replicas that
     * satisfy the pattern is S ~ gamma), so the Richardson combination 2 c(gamma/2) - c(gamma) must hit the limit to
     * O(gamma^2).
     */
    @Test
    void decoupledReferenceSatisfiesEachPatternWithProbabilityOneHalf() {
        RobustEnsemble re = new RobustEnsemble();
        double alpha = 0.6;
        double c1 = ReferenceConstraintCost.evaluate(re.solve(alpha, 4, 2e-3)).cost();
        double c2 = ReferenceConstraintCost.evaluate(re.solve(alpha, 4, 1e-3)).cost();
        double limit = alpha * Math.log(0.5);
        assertThat(c2).isGreaterThan(limit).isLessThan(0);
        assertThat(2 * c2 - c1).isCloseTo(limit, within(1e-5));
    }

    @Test
    void rejectsAPointWithoutGroupStructure() {
        RobustEnsembleSolution s = new RobustEnsemble().solve(0.6, 4, 0.5);
        RobustEnsembleSolution flat = new RobustEnsembleSolution(s.alpha(), s.y(), s.gamma(), s.phi(), s.bigPhi(),
                s.overlap(), s.distance(), s.localEntropy(), s.externalEntropy(), s.q0(), s.q0(), s.qHat0(),
                s.qHat1(), s.report());
        assertThatThrownBy(() -> ReferenceConstraintCost.evaluate(flat)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("q1 > q0");
    }
}
