package org.robustensemble.simulation.sgd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.robustensemble.simulation.instance.Instance;
import org.robustensemble.simulation.instance.Patterns;

class ReplicatedSgdTest {

    /** One pattern of five +1 inputs; committee N = 5, K = 5. */
    private static Instance onePattern(int label) {
        byte[][] xi = {{1, 1, 1, 1, 1}};
        return new Instance(5, 5, Patterns.of(5, xi), new byte[] {(byte) label}, null);
    }

    /** Continuous weights +-1 such that unit u has field f[u] on the all-ones pattern. */
    private static double[] weightsWithFields(int... f) {
        double[] h = new double[25];
        for (int u = 0; u < 5; u++) {
            int plus = (5 + f[u]) / 2;
            for (int i = 0; i < 5; i++) {
                h[u * 5 + i] = i < plus ? 1.0 : -1.0;
            }
        }
        return h;
    }

    private static int[] fields(byte[] w) {
        int[] f = new int[5];
        for (int u = 0; u < 5; u++) {
            for (int i = 0; i < 5; i++) {
                f[u] += w[u * 5 + i];
            }
        }
        return f;
    }

    @Test
    void miniBatchStepFixesExactlyTheRequiredUnits() {
        // fields -5 -3 -1 +5 +3, label +1: h_out = -1, one unit to fix, the least wrong one (unit 2, field -1)
        ReplicatedSgd r = ReplicatedSgd.forTest(onePattern(+1), SgdParameters.plain(1, 2.0, 1), 1);
        double[] h0 = weightsWithFields(-5, -3, -1, 5, 3);
        r.setContinuous(0, h0);
        r.stepForTest(0);
        assertThat(fields(r.binary(0))).containsExactly(-5, -3, 5, 5, 3);
        double[] h1 = r.continuous(0);
        for (int i = 0; i < 25; i++) {
            double expected = (i / 5 == 2) ? h0[i] + 2.0 : h0[i];   // H_2 += eta sigma xi, others untouched
            assertThat(h1[i]).isEqualTo(expected);
        }
    }

    @Test
    void miniBatchStepFixesThreeUnitsWhenAllVotesAreWrong() {
        // label -1, fields +1 +5 +3 +3 +1 : h_out = 5, three units: 0 and 4 (field 1), then 2 (field 3, lower index)
        ReplicatedSgd r = ReplicatedSgd.forTest(onePattern(-1), SgdParameters.plain(1, 2.0, 1), 1);
        r.setContinuous(0, weightsWithFields(1, 5, 3, 3, 1));
        r.stepForTest(0);
        assertThat(fields(r.binary(0))).containsExactly(-5, 5, -5, 3, -5);
    }

    @Test
    void weightsStayFixedWithinAMiniBatch() {
        // the same pattern twice in one batch: both presentations see the old weights, so the push is doubled
        byte[][] xi = {{1, 1, 1, 1, 1}, {1, 1, 1, 1, 1}};
        Instance inst = new Instance(5, 5, Patterns.of(5, xi), new byte[] {1, 1}, null);
        ReplicatedSgd r = ReplicatedSgd.forTest(inst, SgdParameters.plain(2, 0.25, 1), 1);
        double[] h0 = weightsWithFields(-5, -3, -1, 5, 3);
        r.setContinuous(0, h0);
        r.stepForTest(0);
        double[] h1 = r.continuous(0);
        for (int i = 10; i < 15; i++) {
            assertThat(h1[i]).isEqualTo(h0[i] + 2 * 0.25);
        }
    }

    @Test
    void replicaSumStaysConsistentThroughStepsAndKicks() {
        Instance inst = Instance.random(31, 3, 0.5, false, 5);
        for (Coupling c : Coupling.values()) {
            SgdParameters p = new SgdParameters(5, 7, 1.0, 0.6, 0.3, 0.0, 1, 1, 10, c, false);
            ReplicatedSgd r = ReplicatedSgd.forTest(inst, p, 9);
            for (int t = 0; t < 40; t++) {
                r.stepForTest(t % 5);
                int[] s = r.replicaSum();
                int[] expected = new int[s.length];
                for (int a = 0; a < 5; a++) {
                    byte[] w = r.binary(a);
                    double[] h = r.continuous(a);
                    for (int i = 0; i < s.length; i++) {
                        expected[i] += w[i];
                        assertThat(w[i]).isEqualTo((byte) (h[i] > 0 ? 1 : -1));
                    }
                }
                assertThat(s).as("%s step %d", c, t).containsExactly(expected);
            }
        }
    }

    @Test
    void sameSeedSameResultDifferentSeedDifferentRun() {
        Instance inst = Instance.random(101, 3, 0.5, false, 3);
        SgdParameters p = new SgdParameters(5, 20, 2.0, 0.75, 0.05, 0.01, 1, 1, 30, Coupling.TANH, true);
        List<EpochRecord> t1 = new ArrayList<>();
        List<EpochRecord> t2 = new ArrayList<>();
        List<EpochRecord> t3 = new ArrayList<>();
        SgdResult r1 = ReplicatedSgd.run(inst, p, 42, t1::add);
        SgdResult r2 = ReplicatedSgd.run(inst, p, 42, t2::add);
        SgdResult r3 = ReplicatedSgd.run(inst, p, 43, t3::add);
        assertThat(r2.weights()).isEqualTo(r1.weights());
        assertThat(r2.epochs()).isEqualTo(r1.epochs());
        assertThat(t2).usingRecursiveFieldByFieldElementComparator().isEqualTo(t1);
        assertThat(t3).usingRecursiveFieldByFieldElementComparator().isNotEqualTo(t1);
    }

    @Test
    void replicatedSgdSolvesASmallInstance() {
        Instance inst = Instance.random(101, 3, 0.4, false, 11);
        SgdParameters p = new SgdParameters(5, 20, 2.0, 0.75, 0.05, 0.005, 1, 1, 500, Coupling.TANH, true);
        List<EpochRecord> trace = new ArrayList<>();
        SgdResult r = ReplicatedSgd.run(inst, p, 1, trace::add);
        assertThat(r.solved()).isTrue();
        assertThat(r.errors()).isZero();
        assertThat(inst.errors(r.weights())).isZero();
        assertThat(r.presentations()).isEqualTo((long) r.epochs() * 5 * inst.m());
        assertThat(trace).hasSize(r.epochs() + 1);
        EpochRecord last = trace.get(trace.size() - 1);
        assertThat(Math.min(last.referenceErrors(), last.minReplicaErrors())).isZero();
        assertThat(trace.get(0).meanDistance()).isZero();   // equal initial replicas
        for (EpochRecord e : trace) {
            assertThat(e.meanDistance()).isBetween(0.0, 1.0);
            for (int a = 0; a < 5; a++) {
                assertThat(e.replicaErrors()[a]).isBetween(0, inst.m());
            }
        }
        assertThat(trace.get(1).gamma()).isEqualTo(0.05);
        assertThat(trace.get(2).gamma()).isEqualTo(0.05 + 0.005);
        assertThat(inst.errors(r.referenceWeights())).isEqualTo(r.referenceErrors());
    }

    @Test
    void plainSgdHasTheReplicaAsReference() {
        Instance inst = Instance.random(51, 3, 0.3, false, 2);
        List<EpochRecord> trace = new ArrayList<>();
        SgdResult r = ReplicatedSgd.run(inst, SgdParameters.plain(10, 2.0, 50), 4, trace::add);
        for (EpochRecord e : trace) {
            assertThat(e.meanDistance()).isZero();
            assertThat(e.referenceErrors()).isEqualTo(e.replicaErrors()[0]);
        }
        assertThat(inst.errors(r.weights())).isEqualTo(r.errors());
    }

    @Test
    void everyCouplingRunsAndReportsConsistentErrors() {
        Instance inst = Instance.random(51, 3, 0.3, false, 8);
        for (Coupling c : Coupling.values()) {
            SgdParameters p = new SgdParameters(3, 10, 2.0, 0.5, 0.1, 0.01, 1, 1, 40, c, true);
            SgdResult r = ReplicatedSgd.run(inst, p, 6, null);
            assertThat(inst.errors(r.weights())).as(c.toString()).isEqualTo(r.errors());
            assertThat(inst.errors(r.referenceWeights())).isEqualTo(r.referenceErrors());
        }
    }

    @Test
    void zeroEpochBudgetReportsTheInitialState() {
        Instance inst = Instance.random(51, 3, 0.3, false, 8);
        SgdResult r = ReplicatedSgd.run(inst, SgdParameters.plain(10, 2.0, 0), 6, null);
        assertThat(r.epochs()).isZero();
        assertThat(r.presentations()).isZero();
        assertThat(r.solved()).isFalse();
    }

    @Test
    void branchFreeSignsFollowTheConvention() {
        assertThat(ReplicatedSgd.sign(0.0)).isEqualTo((byte) -1);
        assertThat(ReplicatedSgd.sign(-0.0)).isEqualTo((byte) -1);
        assertThat(ReplicatedSgd.sign(Double.MIN_VALUE)).isEqualTo((byte) 1);
        assertThat(ReplicatedSgd.sign(-Double.MIN_VALUE)).isEqualTo((byte) -1);
        assertThat(ReplicatedSgd.sign(3.5)).isEqualTo((byte) 1);
        assertThat(ReplicatedSgd.sign(-1e300)).isEqualTo((byte) -1);
        assertThat(ReplicatedSgd.sign(Double.POSITIVE_INFINITY)).isEqualTo((byte) 1);
        assertThat(ReplicatedSgd.sign(Double.NEGATIVE_INFINITY)).isEqualTo((byte) -1);
        for (int h : new int[] {1, 3, 321, Integer.MAX_VALUE}) {
            assertThat(ReplicatedSgd.vote(h)).isEqualTo(1);
            assertThat(ReplicatedSgd.vote(-h)).isEqualTo(-1);
        }
    }

    @Test
    void parametersAreChecked() {
        assertThatThrownBy(() -> new SgdParameters(0, 1, 1, 0, 0, 0, 1, 1, 1, Coupling.TANH, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("y = 0");
        assertThatThrownBy(() -> new SgdParameters(1, 0, 1, 0, 0, 0, 1, 1, 1, Coupling.TANH, true))
                .hasMessageContaining("batch");
        assertThatThrownBy(() -> new SgdParameters(1, 1, Double.NaN, 0, 0, 0, 1, 1, 1, Coupling.TANH, true))
                .hasMessageContaining("eta");
        assertThatThrownBy(() -> new SgdParameters(1, 1, 1, -1, 0, 0, 1, 1, 1, Coupling.TANH, true))
                .hasMessageContaining("lambda");
        assertThatThrownBy(() -> new SgdParameters(1, 1, 1, 0, -0.1, 0, 1, 1, 1, Coupling.TANH, true))
                .hasMessageContaining("gamma");
        assertThatThrownBy(() -> new SgdParameters(1, 1, 1, 0, 0, 0, 1, 1, -1, Coupling.TANH, true))
                .hasMessageContaining("epochs");
    }
}
