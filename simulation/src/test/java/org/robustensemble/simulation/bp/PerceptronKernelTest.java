package org.robustensemble.simulation.bp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.robustensemble.simulation.bp.message.FieldAlgebra;
import org.robustensemble.simulation.bp.message.MessageAlgebra;
import org.robustensemble.simulation.instance.Instance;

/** The specialised perceptron kernel against the generic {@link MessageAlgebra} path of the same sweeps. */
class PerceptronKernelTest {

    private static BeliefPropagation make(Instance inst, BpParameters par, boolean generic) {
        BeliefPropagation bp = new BeliefPropagation(inst, par, 3);
        if (generic) {
            bp.useGenericUpdates();
        }
        return bp;
    }

    /** Both BPs from the first one's messages, with weights 0..2 saturated (|u| = CLAMP on every pattern). */
    private static void startSaturated(Instance inst, Representation rep, BeliefPropagation first,
            BeliefPropagation second) {
        Messages msg = first.snapshot();
        MessageAlgebra a = rep.algebra();
        int n = inst.n();
        for (int mu = 0; mu < inst.m(); mu++) {
            for (int i = 0; i < 3; i++) {
                msg.input()[mu * n + i] = a.fromField((i == 1 ? -1 : 1) * FieldAlgebra.CLAMP);
            }
        }
        first.restore(msg);
        second.restore(msg);
    }

    /**
     * Same sweeps (order, damping, focusing, blocks) on both paths; weights 0..2 start with saturated beliefs
     * (|H| = 30 M >> 120, the field kernel's non-ratio regime) that come back during the sweeps.
     */
    @ParameterizedTest
    @CsvSource({"FIELD,0.0,1", "FIELD,0.5,1", "FIELD,0.5,4", "MAGNETIZATION,0.0,1", "MAGNETIZATION,0.5,1",
            "MAGNETIZATION,0.5,4"})
    void kernelMatchesTheGenericUpdate(Representation rep, double damping, int block) {
        Instance inst = Instance.random(61, 1, 0.5, false, 7);
        BpParameters par = BpParameters.defaults().withRepresentation(rep).withDamping(damping).withBlock(block)
                .withThreads(block > 1 ? 2 : 1);
        try (BeliefPropagation fast = make(inst, par, false); BeliefPropagation ref = make(inst, par, true)) {
            MessageAlgebra a = rep.algebra();
            startSaturated(inst, rep, fast, ref);
            for (int s = 0; s < 8; s++) {
                if (s == 2) {
                    fast.setFocusing(0.6, 5);
                    ref.setFocusing(0.6, 5);
                }
                double df = fast.sweep();
                double dr = ref.sweep();
                assertThat(df).as("sweep %d", s).isCloseTo(dr, within(1e-12));
                double[] mf = fast.magnetizations();
                double[] mr = ref.magnetizations();
                for (int j = 0; j < mf.length; j++) {
                    assertThat(mf[j]).as("sweep %d weight %d", s, j).isCloseTo(mr[j], within(1e-12));
                }
            }
            double[] uf = fast.snapshot().input();
            double[] ur = ref.snapshot().input();
            for (int j = 0; j < uf.length; j++) {
                assertThat(a.toMagnetization(uf[j])).isCloseTo(a.toMagnetization(ur[j]), within(1e-12));
            }
            if (rep == Representation.FIELD) {
                // (with saturated magnetizations, m = 1 - 1e-15, the magnetization representation's free entropy
                // amplifies rounding differences of 1e-16 in m into O(1e-3): not a property of the kernel)
                assertThat(fast.freeEntropy()).isCloseTo(ref.freeEntropy(), within(1e-12));
            }
        }
    }

    /**
     * Two threads (each pattern's edges split at {@code PerceptronKernel.split()}, HalfSweep) give exactly the bits
     * of one thread: sweep changes, beliefs and messages, with focusing and saturated beliefs as above. N = 61 and
     * 1001 (split 28 and 500: uneven halves, and the 4-wide sums with a remainder on both sides).
     */
    @ParameterizedTest
    @CsvSource({"FIELD,0.0,61", "FIELD,0.5,61", "MAGNETIZATION,0.0,61", "MAGNETIZATION,0.5,61", "FIELD,0.5,1001"})
    void twoThreadsGiveTheSameBitsAsOne(Representation rep, double damping, int n) {
        Instance inst = Instance.random(n, 1, 0.6, false, 11);
        BpParameters par = BpParameters.defaults().withRepresentation(rep).withDamping(damping);
        try (BeliefPropagation one = make(inst, par.withThreads(1), false);
                BeliefPropagation two = make(inst, par.withThreads(2), false)) {
            startSaturated(inst, rep, one, two);
            for (int s = 0; s < 10; s++) {
                if (s == 2) {
                    one.setFocusing(0.6, 5);
                    two.setFocusing(0.6, 5);
                }
                assertThat(two.sweep()).as("sweep %d", s).isEqualTo(one.sweep());
                // isEqualTo on double[] is Arrays.equals: bit for bit (containsExactly would be quadratic here)
                assertThat(two.magnetizations()).as("sweep %d", s).isEqualTo(one.magnetizations());
            }
            assertThat(java.util.Arrays.equals(two.snapshot().input(), one.snapshot().input())).isTrue();
            assertThat(two.freeEntropy()).isEqualTo(one.freeEntropy());
        }
    }
}
