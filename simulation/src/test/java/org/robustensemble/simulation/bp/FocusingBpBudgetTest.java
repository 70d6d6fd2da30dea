package org.robustensemble.simulation.bp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.robustensemble.simulation.instance.Instance;

/** The total sweep budget of {@link FocusingBp}: the unbounded run below it, an exact stop at it. */
class FocusingBpBudgetTest {
    private static final BpParameters PAR = BpParameters.fbpDefaults(1);

    private static FocusingBp.Result run(Instance inst, long budget) {
        return FocusingBp.run(inst, Protocol.pseudoReinforcement(101), PAR, 4, null, false, false, null,
                FocusingBp.ErrorCheck.STEP, budget);
    }

    @Test
    void aBudgetAtLeastTheSweepsUsedChangesNothing() {
        Instance inst = Instance.random(101, 1, 0.6, false, 4);
        FocusingBp.Result free = FocusingBp.run(inst, Protocol.pseudoReinforcement(101), PAR, 4, null, false, false, null);
        assertThat(free.solved()).isTrue();
        assertThat(free.stop()).isEqualTo(FocusingBp.Stop.SOLVED);
        FocusingBp.Result tight = run(inst, free.sweeps());
        assertThat(tight.stop()).isEqualTo(FocusingBp.Stop.SOLVED);
        assertThat(tight.sweeps()).isEqualTo(free.sweeps());
        assertThat(tight.steps()).isEqualTo(free.steps());
        assertThat(tight.weights()).isEqualTo(free.weights());
        assertThat(tight.messages().input()).isEqualTo(free.messages().input());
    }

    @Test
    void theBudgetEndsTheRunAtExactlyItsSweeps() {
        Instance inst = Instance.random(101, 1, 0.6, false, 4);
        long full = run(inst, Long.MAX_VALUE).sweeps();
        for (long budget : new long[] {1, 7, full / 2}) {
            FocusingBp.Result r = run(inst, budget);
            assertThat(r.sweeps()).as("budget %d", budget).isEqualTo(budget);
            assertThat(r.stop()).as("budget %d", budget).isEqualTo(FocusingBp.Stop.SWEEP_BUDGET);
            assertThat(r.solved()).isFalse();
            assertThat(r.trace().stream().mapToLong(FocusingBp.StepRecord::sweeps).sum()).isEqualTo(budget);
        }
        // every step run without reaching the budget: the protocol's end
        FocusingBp.Result end = FocusingBp.run(Instance.random(51, 1, 1.2, false, 1), Protocol.pseudoReinforcement(10),
                PAR.withMaxIters(2), 1, null, false, false, null, FocusingBp.ErrorCheck.STEP, 1000);
        assertThat(end.stop()).isEqualTo(FocusingBp.Stop.PROTOCOL_END);
        assertThat(end.steps()).isEqualTo(10);
        assertThatThrownBy(() -> run(inst, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
