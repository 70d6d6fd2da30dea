package org.robustensemble.analytic.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.robustensemble.analytic.ensemble.RobustEnsemble;
import org.robustensemble.analytic.ensemble.RobustEnsembleSolution;
import org.robustensemble.analytic.gardner.Gardner;

class InnerRepliconTest {

    /**
     * gamma -&gt; 0: the replicas of a group no longer interact (q1 -&gt; q0), the group measures factorise and the
     * replicon must be the Gardner one computed by an independent path (Gauss-Hermite on the Gardner saddle point).
     */
    @Test
    void decoupledGroupsGiveTheGardnerReplicon() {
        InnerReplicon.Result gardner = InnerReplicon.gardner(new Gardner().solve(0.6));
        InnerReplicon.Result group = InnerReplicon.evaluate(new RobustEnsemble().solve(0.6, 4, 1e-3));
        assertThat(group.value()).isCloseTo(gardner.value(), within(1e-5));
        assertThat(group.energetic()).isCloseTo(gardner.energetic(), within(1e-4));
        assertThat(group.entropic()).isCloseTo(gardner.entropic(), within(1e-5));
    }

    /** The binary perceptron's RS solution is locally stable (replicon below 1) and less so as alpha grows, up to alpha_c. */
    @Test
    void gardnerRepliconGrowsWithAlphaAndStaysBelowOneUpToCapacity() {
        Gardner g = new Gardner();
        double previous = 0;
        for (double alpha : new double[] {0.3, 0.6, 0.75, 0.83}) {
            double v = InnerReplicon.gardner(g.solve(alpha)).value();
            assertThat(v).isGreaterThan(previous).isLessThan(1);
            previous = v;
        }
        assertThat(InnerReplicon.gardner(g.solve(0.6)).value()).isCloseTo(0.300861, within(1e-6));
    }

    /**
     * On the Sigma_ext = 0 curve (alpha = 0.6, d = 0.04, y* = 12.932): the replicas around a reference are far from an
     * instability (0.0676); the dense-reference.md section 9.5 table has the values up to alpha = 0.77.
     */
    @Test
    void sigmaZeroPointIsStable() {
        RobustEnsembleSolution s = new RobustEnsemble().solve(0.6, 12.93216605, 0.7642823993);
        InnerReplicon.Result r = InnerReplicon.evaluate(s);
        assertThat(r.value()).isCloseTo(0.06761, within(2e-5));
        assertThat(r.value()).isCloseTo(0.6 * r.energetic() * r.entropic(), within(1e-12));
    }
}
