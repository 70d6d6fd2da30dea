package org.robustensemble.simulation.bp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.robustensemble.simulation.instance.Instance;

class FocusingBpTest {

    @Test
    void protocolsFollowTheirDefinitions() {
        Protocol s = Protocol.standardReinforcement(100);
        assertThat(s.size()).isEqualTo(100);
        assertThat(s.steps().get(0).y()).isEqualTo(1.0);
        assertThat(s.steps().get(50).y()).isCloseTo(2.0, within(1e-12));
        assertThat(s.steps().get(99).gamma()).isInfinite();
        Protocol p = Protocol.pseudoReinforcement(4);
        // rho = 0.5: gamma = atanh(sqrt .5), y = 1.5 / 0.5 = 3
        assertThat(p.steps().get(2).gamma()).isCloseTo(0.5 * Math.log((1 + Math.sqrt(0.5)) / (1 - Math.sqrt(0.5))), within(1e-14));
        assertThat(p.steps().get(2).y()).isCloseTo(3.0, within(1e-14));
        Protocol sc = Protocol.scoping(21, 7, 8);
        assertThat(sc.steps().get(7).gamma()).isEqualTo(7.0);
        assertThat(sc.steps().get(1).gamma()).isCloseTo(1.0, within(1e-14));
        Protocol f = Protocol.parseFree("0.5, 3\n# comment\n1,inf;inf,5");
        assertThat(f.steps()).containsExactly(new Protocol.Step(0.5, 3), new Protocol.Step(1, Double.POSITIVE_INFINITY),
                new Protocol.Step(Double.POSITIVE_INFINITY, 5));
        assertThatThrownBy(() -> Protocol.parseFree("1,0.5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Protocol.parseFree("x,2")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(Representation.class)
    void solvesASmallPerceptronReproducibly(Representation rep) {
        Instance inst = Instance.random(201, 1, 0.4, false, 5);
        BpParameters par = BpParameters.defaults().withRepresentation(rep).withDamping(0.5);
        FocusingBp.Result a = FocusingBp.run(inst, Protocol.pseudoReinforcement(101), par, 5, null, false, false, null);
        FocusingBp.Result b = FocusingBp.run(inst, Protocol.pseudoReinforcement(101), par, 5, null, false, false, null);
        assertThat(a.solved()).isTrue();
        assertThat(inst.errors(a.weights())).isZero();
        assertThat(b.sweeps()).isEqualTo(a.sweeps());
        assertThat(Arrays.equals(a.weights(), b.weights())).isTrue();
    }

    @Test
    void checkingErrorsEverySweepStopsAtTheFirstSolvingSweep() {
        Instance inst = Instance.random(201, 1, 0.65, false, 3);
        BpParameters par = BpParameters.defaults().withDamping(0.5);
        Protocol prot = Protocol.pseudoReinforcement(101);
        FocusingBp.Result step = FocusingBp.run(inst, prot, par, 3, null, false, false, null, FocusingBp.ErrorCheck.STEP);
        FocusingBp.Result sweep = FocusingBp.run(inst, prot, par, 3, null, false, false, null, FocusingBp.ErrorCheck.SWEEP);
        assertThat(step.solved()).isTrue();
        assertThat(sweep.solved()).isTrue();
        assertThat(inst.errors(sweep.weights())).isZero();
        // same dynamics: the per-sweep check can only end the run earlier, in the same or an earlier step
        assertThat(sweep.sweeps()).isLessThanOrEqualTo(step.sweeps());
        assertThat(sweep.steps()).isLessThanOrEqualTo(step.steps());
        // the steps before the last one are identical
        for (int i = 0; i < sweep.steps() - 1; i++) {
            assertThat(sweep.trace().get(i)).isEqualTo(step.trace().get(i));
        }
        FocusingBp.StepRecord last = sweep.trace().get(sweep.steps() - 1);
        FocusingBp.StepRecord same = step.trace().get(sweep.steps() - 1);
        assertThat(last.errors()).isZero();
        assertThat(last.sweeps()).isLessThanOrEqualTo(same.sweeps());
        // on this instance sign(m) solves it in the middle of a step (measured: 182 instead of 306 sweeps)
        assertThat(sweep.sweeps()).isLessThan(step.sweeps());
        assertThat(last.converged()).isFalse();
    }

    @Test
    void solvesASmallCommitteeMachine() {
        Instance inst = Instance.random(51, 3, 0.3, false, 2);
        BpParameters par = BpParameters.defaults().withDamping(0.5).withMaxIters(100).withInitRange(0.1);
        FocusingBp.Result r = FocusingBp.run(inst, Protocol.pseudoReinforcement(101), par, 2, null, false, false, null);
        assertThat(r.solved()).isTrue();
        assertThat(inst.errors(r.weights())).isZero();
    }

    /** Relative spread of the magnetizations across hidden units: sqrt(sum (m_ki - mean_k m_ki)^2 / sum m_ki^2). */
    static double hiddenUnitSpread(double[] m, int n, int k) {
        double num = 0;
        double den = 0;
        for (int i = 0; i < n; i++) {
            double mean = 0;
            for (int h = 0; h < k; h++) {
                mean += m[h * n + i] / k;
            }
            for (int h = 0; h < k; h++) {
                double d = m[h * n + i] - mean;
                num += d * d;
                den += m[h * n + i] * m[h * n + i];
            }
        }
        return Math.sqrt(num / den);
    }

    /**
     * The failure mode of committee fBP without symmetry breaking: converged BP at y = 1 is symmetric under
     * permutations of the hidden units, so without the symmetry-breaking prior the K units become identical (to
     * roundoff) and the reinforcement can only build one perceptron copied K times.
     */
    @Test
    void committeeHiddenUnitsCollapseWithoutSymmetryBreaking() {
        Instance inst = Instance.random(81, 3, 0.3, false, 1);
        BpParameters par = BpParameters.defaults().withEpsilon(1e-9);
        try (BeliefPropagation bare = new BeliefPropagation(inst, par.withSymmetryBreaking(0), 1);
             BeliefPropagation broken = new BeliefPropagation(inst, par, 1)) {
            assertThat(bare.converge().converged()).isTrue();
            assertThat(broken.converge().converged()).isTrue();
            assertThat(hiddenUnitSpread(bare.magnetizations(), 81, 3)).isLessThan(1e-6);
            assertThat(hiddenUnitSpread(broken.magnetizations(), 81, 3)).isGreaterThan(0.05);
        }
    }

    /**
     * Standard reinforcement (the default protocol, dx = 0.01) with the authors' example settings (init 0.1, one
     * sweep per step, damping 0.5) on N = 81, K = 3, alpha = 0.3: every instance is solved with the default
     * symmetry breaking; without it none of these five is.
     */
    @Test
    void committeeStandardReinforcementNeedsSymmetryBreaking() {
        BpParameters par = BpParameters.defaults().withInitRange(0.1).withMaxIters(1).withDamping(0.5);
        int solved = 0;
        int solvedBare = 0;
        for (long s = 1; s <= 5; s++) {
            Instance inst = Instance.random(81, 3, 0.3, false, s);
            FocusingBp.Result r = FocusingBp.run(inst, Protocol.standardReinforcement(100), par, s, null, false, false, null);
            if (r.solved()) {
                assertThat(inst.errors(r.weights())).isZero();
                solved++;
            }
            FocusingBp.Result b = FocusingBp.run(inst, Protocol.standardReinforcement(100), par.withSymmetryBreaking(0), s,
                    null, false, false, null);
            solvedBare += b.solved() ? 1 : 0;
        }
        assertThat(solved).isEqualTo(5);
        assertThat(solvedBare).isZero();
    }

    /** The prior is for committees only: a perceptron run is bit-for-bit the same with or without it. */
    @Test
    void symmetryBreakingDoesNotTouchThePerceptron() {
        Instance inst = Instance.random(101, 1, 0.4, false, 2);
        BpParameters par = BpParameters.defaults().withDamping(0.5);
        FocusingBp.Result a = FocusingBp.run(inst, Protocol.standardReinforcement(100), par, 2, null, false, false, null);
        FocusingBp.Result b = FocusingBp.run(inst, Protocol.standardReinforcement(100), par.withSymmetryBreaking(0), 2,
                null, false, false, null);
        assertThat(a.sweeps()).isEqualTo(b.sweeps());
        assertThat(a.messages().input()).containsExactly(b.messages().input());
    }

    @Test
    void warmStartFromSavedMessagesContinuesTheRun(@TempDir Path dir) {
        Instance inst = Instance.random(101, 1, 0.3, false, 3);
        BpParameters par = BpParameters.defaults().withDamping(0.5);
        FocusingBp.Result first = FocusingBp.run(inst, Protocol.parseFree("0,1"), par, 3, null, true, false, null);
        Path f = dir.resolve("m.bin");
        first.messages().save(f);
        assertThat(Files.exists(f)).isTrue();
        Messages loaded = Messages.load(f);
        assertThat(loaded.input()).containsExactly(first.messages().input());
        // restarting from converged messages at the same (gamma, y) converges at once
        FocusingBp.Result again = FocusingBp.run(inst, Protocol.parseFree("0,1"), par, 4, loaded, true, false, null);
        assertThat(again.trace().get(0).sweeps()).isLessThanOrEqualTo(2);
        assertThat(again.trace().get(0).obs().freeEntropy()).isCloseTo(first.trace().get(0).obs().freeEntropy(), within(1e-3));
    }

    @Test
    void localEntropyProbeAtAlphaZeroIsTheBinaryEntropy() {
        Instance inst = Instance.random(21, 1, 0.0, false, 1);
        byte[] ref = new byte[21];
        Arrays.fill(ref, (byte) 1);
        for (LocalEntropyProbe.Point p : LocalEntropyProbe.run(inst, ref, new double[] {0, 0.5, 1.5}, BpParameters.defaults(), 1)) {
            double d = p.d();
            double h2 = -d * Math.log(d) - (1 - d) * Math.log(1 - d);
            assertThat(p.localEntropy()).isCloseTo(h2, within(1e-12));
            assertThat(p.s()).isCloseTo(Math.tanh(p.gamma()), within(1e-12));
        }
    }
}
