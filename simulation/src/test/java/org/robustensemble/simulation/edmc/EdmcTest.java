package org.robustensemble.simulation.edmc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.robustensemble.simulation.mc.ChiSquareFit.chiSquare;
import static org.robustensemble.simulation.mc.ChiSquareFit.decode;
import static org.robustensemble.simulation.mc.ChiSquareFit.encode;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.robustensemble.simulation.bp.BpParameters;
import org.robustensemble.simulation.instance.Instance;
import org.robustensemble.simulation.mc.Schedule;

/** EdMC chains: solves, reproducibility, the gamma = 0 limit, and the stationary law of the random-proposal chain. */
class EdmcTest {

    private static final BpParameters BP = BpParameters.defaults().withMaxIters(200);

    private static Schedule linear(double a, double b, int rounds) {
        return new Schedule(Schedule.Form.LINEAR, a, (b - a) / Math.max(1, rounds - 1), b);
    }

    @Test
    void solvesSmallPerceptronsWithEveryProposal() {
        Instance inst = Instance.random(101, 1, 0.5, false, 21);
        for (Edmc.Proposal prop : Edmc.Proposal.values()) {
            for (Edmc.Start st : new Edmc.Start[] {prop == Edmc.Proposal.GREEDY ? Edmc.Start.BP : Edmc.Start.RANDOM}) {
                // random proposals at zero temperature waste most trials on losing flips: give them more moves
                int moves = prop == Edmc.Proposal.RANDOM ? 400 : 300;
                Edmc.Params p = new Edmc.Params(linear(0.1, 2, 10), null, prop, st, 10, moves, BP);
                Edmc.Result r = Edmc.run(inst, p, 3, null);
                assertThat(r.solved()).as("%s %s", prop, st).isTrue();
                assertThat(inst.errors(r.reference())).isZero();
                assertThat(r.energy()).isZero();
                assertThat(r.accepted()).isPositive().isLessThanOrEqualTo(r.moves());
                assertThat(r.trialSweeps()).isLessThan(r.bpSweeps());
                assertThat(r.unconverged()).isZero();
            }
        }
        // a committee machine (K = 3) too
        Instance comm = Instance.random(31, 3, 0.3, false, 22);
        Edmc.Params p = new Edmc.Params(linear(0.1, 2, 10), null, Edmc.Proposal.DISAGREE, Edmc.Start.RANDOM, 10, 300,
                BP.withDamping(0.5));
        Edmc.Result r = Edmc.run(comm, p, 4, null);
        assertThat(r.solved()).isTrue();
        assertThat(comm.errors(r.reference())).isZero();
    }

    @Test
    void sameSeedSameChainForAnyBpThreadCount() {
        Instance inst = Instance.random(101, 1, 0.6, false, 5);
        Edmc.Params p = new Edmc.Params(linear(0.1, 1.5, 6), new Schedule(Schedule.Form.GEOMETRIC, 50, 1.5, 1000),
                Edmc.Proposal.RANDOM, Edmc.Start.RANDOM, 6, 8, BP);
        List<String> ta = new ArrayList<>();
        Edmc.Result a = Edmc.run(inst, p, 7, (st, rd, g, y, phi, s, e, ok, sw) -> ta.add(st + ":" + phi + ":" + ok));
        List<String> tb = new ArrayList<>();
        Edmc.Params two = new Edmc.Params(p.gamma(), p.y(), p.proposal(), p.start(), p.rounds(), p.movesPerRound(),
                BP.withThreads(2));
        Edmc.Result b = Edmc.run(inst, two, 7, (st, rd, g, y, phi, s, e, ok, sw) -> tb.add(st + ":" + phi + ":" + ok));
        assertThat(tb).isEqualTo(ta);
        assertThat(b.reference()).isEqualTo(a.reference());
        assertThat(b.bpSweeps()).isEqualTo(a.bpSweeps());
        assertThat(ta).hasSize((int) a.moves());
        // finite y: some losing flips are accepted, some rejected
        assertThat(a.accepted()).isPositive().isLessThan(a.moves());
        Edmc.Result c = Edmc.run(inst, p, 8, null);
        assertThat(c.reference()).isNotEqualTo(a.reference());
    }

    /** At gamma = 0 the objective does not depend on the reference: every move is neutral and accepted. */
    @Test
    void atGammaZeroEveryMoveIsNeutral() {
        Instance inst = Instance.random(101, 1, 0.6, false, 6);
        for (Schedule y : new Schedule[] {null, Schedule.constant(3)}) {
            Edmc.Params p = new Edmc.Params(Schedule.constant(0), y, Edmc.Proposal.RANDOM, Edmc.Start.RANDOM, 2, 150,
                    BP);
            List<Double> phis = new ArrayList<>();
            List<Boolean> acc = new ArrayList<>();
            Edmc.Result r = Edmc.run(inst, p, 2, (st, rd, g, yy, phi, s, e, ok, sw) -> {
                phis.add(phi);
                acc.add(ok);
            });
            assertThat(r.moves()).isEqualTo(300);
            assertThat(r.accepted()).isEqualTo(300);
            assertThat(acc).containsOnly(true);
            assertThat(phis).containsOnly(phis.get(0));
            assertThat(r.solved()).isFalse();
        }
        // with a coupling, the same chain rejects some moves (negative control)
        Edmc.Params p = new Edmc.Params(Schedule.constant(0.5), null, Edmc.Proposal.RANDOM, Edmc.Start.RANDOM, 1, 50,
                BP);
        assertThat(Edmc.run(inst, p, 2, null).accepted()).isLessThan(50);
    }

    /**
     * With uniform proposals, fixed gamma and finite y, the chain samples P(Wref) ~ exp(y Phi_BP(Wref)), Phi_BP the
     * extensive Bethe local free entropy of a fresh BP on each of the 2^N references (N = 7, M = 2, gamma = 0.8, y = 1;
     * Phi_BP spans 1.9..6.7; the chain does not stop at solutions here). 12000 samples one sweep (7 trials) apart,
     * chi-square at p = 1e-4; the same samples must fail against y = 1.4 (the test has power).
     */
    @Test
    void randomProposalChainSamplesTheRobustEnsemble() {
        int n = 7;
        Instance inst = Instance.random(n, 1, 0.3, false, 14);
        assertThat(inst.m()).isEqualTo(2);
        BpParameters tight = BpParameters.defaults().withEpsilon(1e-12).withMaxIters(5000);
        double gamma = 0.8;
        double[] phi = new double[1 << n];
        for (int c = 0; c < phi.length; c++) {
            try (LocalFreeEntropy f = new LocalFreeEntropy(inst, decode(c, n), gamma, tight, 1)) {
                assertThat(f.lastGammaConvergence().converged()).isTrue();
                phi[c] = n * f.phi();
            }
        }
        int samples = 12000;
        long burn = 10L * n;
        long[] counts = new long[phi.length];
        long[] step = {0};
        Edmc.Params p = new Edmc.Params(Schedule.constant(gamma), Schedule.constant(1), Edmc.Proposal.RANDOM,
                Edmc.Start.RANDOM, 1, (int) (samples * n + burn), tight);
        Edmc.Result r = Edmc.run(inst, p, 17, null, lfe -> {
            if (++step[0] > burn && step[0] % n == 0) {
                counts[encode(lfe.reference())]++;
            }
        }, false);
        assertThat(r.unconverged()).isZero();
        assertThat(r.accepted()).isLessThan(r.moves());
        double[] chi = chiSquare(counts, phi);
        // measured: 117.7 against the critical 193.7; 1103 against y = 1.4
        assertThat(chi[0]).isLessThan(chi[1]);
        double[] wrong = chiSquare(counts, wrongY(phi));
        assertThat(wrong[0]).isGreaterThan(wrong[1]);
    }

    private static double[] wrongY(double[] phi) {
        double[] w = new double[phi.length];
        for (int c = 0; c < w.length; c++) {
            w[c] = 1.4 * phi[c];
        }
        return w;
    }

    /** BP that cannot converge (one sweep, epsilon 1e-12) ends the run at once, unsolved and flagged. */
    @Test
    void unconvergedBpEndsTheRun() {
        Instance inst = Instance.random(101, 1, 0.5, false, 3);
        BpParameters oneSweep = BpParameters.defaults().withEpsilon(1e-12).withMaxIters(1);
        Edmc.Params p = new Edmc.Params(linear(0.1, 1, 5), null, Edmc.Proposal.DISAGREE, Edmc.Start.RANDOM, 5, 100,
                oneSweep);
        Edmc.Result r = Edmc.run(inst, p, 1, null);
        assertThat(r.bpFailed()).isTrue();
        assertThat(r.solved()).isFalse();
        assertThat(r.moves()).isZero();
        assertThat(Edmc.run(inst, new Edmc.Params(p.gamma(), null, p.proposal(), p.start(), 5, 100, BP), 1, null)
                .bpFailed()).isFalse();
    }

    @Test
    void parametersAreChecked() {
        Schedule g = Schedule.constant(0.5);
        assertThatThrownBy(() -> new Edmc.Params(g, null, Edmc.Proposal.RANDOM, Edmc.Start.RANDOM, 0, 1, BP))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rounds");
        assertThatThrownBy(() -> new Edmc.Params(g, null, Edmc.Proposal.RANDOM, Edmc.Start.RANDOM, 1, 0, BP))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("moves");
        assertThatThrownBy(() -> new Edmc.Params(null, null, Edmc.Proposal.RANDOM, Edmc.Start.RANDOM, 1, 1, BP))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Edmc.Params(g, null, Edmc.Proposal.RANDOM, Edmc.Start.RANDOM, 1, 1, BP).yAt(3))
                .isEqualTo(Double.POSITIVE_INFINITY);
    }
}
