package org.robustensemble.simulation.mc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.robustensemble.simulation.instance.Instance;

/** Small end-to-end solves and reproducibility of SA and RSA. */
class AnnealerTest {

    private static final Schedule BETA = new Schedule(Schedule.Form.GEOMETRIC, 0.5, 1.01, 20);

    @Test
    void saSolvesAnEasyPerceptron() {
        Instance inst = Instance.random(101, 1, 0.3, false, 1);
        Annealer.Result r = Annealer.run(inst, Annealer.Params.sa(EnergyKind.LINEAR, BETA, 2000), 1, null);
        assertThat(r.solved()).isTrue();
        assertThat(r.solvedBy()).isZero();
        assertThat(r.energy()).isZero();
        assertThat(inst.errors(r.solution())).isZero();
        assertThat(r.attempts()).isLessThanOrEqualTo((long) r.sweeps() * 101);
    }

    @Test
    void rsaSolvesPerceptronAndCommittee() {
        Schedule gamma = new Schedule(Schedule.Form.LINEAR, 0.05, 0.005, 5);
        Instance perc = Instance.random(101, 1, 0.4, false, 2);
        Instance comm = Instance.random(51, 3, 0.3, false, 3);
        for (Instance inst : new Instance[] {perc, comm}) {
            for (boolean explicit : new boolean[] {false, true}) {
                Annealer.Params p = new Annealer.Params(EnergyKind.LINEAR, 3, explicit, BETA, gamma, 3000);
                Annealer.Result r = Annealer.run(inst, p, 5, null);
                assertThat(r.solved()).as("%s explicit=%s", inst, explicit).isTrue();
                assertThat(inst.errors(r.solution())).isZero();
                assertThat(r.solvedBy()).isBetween(0, 3);
            }
        }
    }

    @Test
    void sameSeedSameRunAndTraceIsPerSweep() {
        Instance inst = Instance.random(101, 1, 0.5, false, 4);
        Annealer.Params p = new Annealer.Params(EnergyKind.STEP, 3, false, BETA,
                new Schedule(Schedule.Form.GEOMETRIC, 0.1, 1.01, 3), 40);
        List<String> trace = new ArrayList<>();
        Annealer.Result a = Annealer.run(inst, p, 9, (t, b, g, e, re, ov) -> trace.add(t + ":" + b + ":" + e[0]));
        Annealer.Result b = Annealer.run(inst, p, 9, null);
        assertThat(b.sweeps()).isEqualTo(a.sweeps());
        assertThat(b.energy()).isEqualTo(a.energy());
        assertThat(b.accepted()).isEqualTo(a.accepted());
        assertThat(b.solution()).isEqualTo(a.solution());
        assertThat(trace).hasSize(a.sweeps());
        Annealer.Result c = Annealer.run(inst, p, 10, null);
        assertThat(c.accepted()).isNotEqualTo(a.accepted());
    }
}
