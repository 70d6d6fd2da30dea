package org.robustensemble.simulation.amp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.robustensemble.simulation.bp.BeliefPropagation;
import org.robustensemble.simulation.bp.BpParameters;
import org.robustensemble.simulation.bp.FocusingBp;
import org.robustensemble.simulation.bp.Observables;
import org.robustensemble.simulation.bp.Protocol;
import org.robustensemble.simulation.instance.Instance;

/**
 * AMP against BP (the large-N limit it is derived from), the Gardner entropy, thread independence and the
 * focusing protocol (simulation/docs/bp.md, "Approximate message passing").
 */
class AmpTest {
    /** docs/theory.md 3.1. */
    private static final double GARDNER_03 = 0.474829;

    private record Pair(double[] bp, Observables bpObs, double[] amp, Observables ampObs) {
    }

    /** Converged BP and converged AMP on one random instance, with focusing (gamma, y) if gamma > 0. */
    private static Pair fixedPoints(int n, double alpha, double gamma, double y, long seed) {
        Instance inst = Instance.random(n, 1, alpha, false, seed);
        BpParameters bpPar = BpParameters.defaults().withEpsilon(1e-9).withMaxIters(3000).withDamping(0.5);
        double[] mb;
        Observables ob;
        try (BeliefPropagation bp = new BeliefPropagation(inst, bpPar, seed)) {
            if (gamma > 0) {
                bp.setFocusing(gamma, y);
            }
            assertThat(bp.converge().converged()).isTrue();
            mb = bp.magnetizations();
            ob = bp.analyze();
        }
        try (Amp amp = new Amp(inst, new AmpParameters(1e-12, 3000, 0.5, 0.01, 1), seed)) {
            if (gamma > 0) {
                amp.setFocusing(gamma, y);
            }
            Amp.Convergence c = amp.converge();
            assertThat(c.converged()).as("AMP residual %s", c.residual()).isTrue();
            return new Pair(mb, ob, amp.magnetizations(), amp.analyze());
        }
    }

    /**
     * The stated tolerance: mean |m_AMP - m_BP| <= 0.1 / sqrt(N), max <= 0.5 / sqrt(N), Bethe free entropies within
     * 0.2 / N (measured: N mean|dm| ~ 0.1-0.25 and N |df| ~ 0.05-0.08 at N = 101-1601, so the differences are O(1/N)),
     * at two sizes so that the bound's 1/sqrt(N) scaling is what is tested.
     */
    @Test
    void fixedPointAgreesWithBpMarginals() {
        for (int n : new int[] {101, 401}) {
            for (double[] gy : new double[][] {{0, 1}, {0.5, 3}}) {
                Pair p = fixedPoints(n, gy[0] == 0 ? 0.3 : 0.5, gy[0], gy[1], 2);
                double mean = 0;
                double max = 0;
                for (int i = 0; i < n; i++) {
                    double d = Math.abs(p.amp()[i] - p.bp()[i]);
                    mean += d / n;
                    max = Math.max(max, d);
                }
                String what = "N = " + n + ", gamma = " + gy[0];
                assertThat(mean).as(what).isLessThan(0.1 / Math.sqrt(n));
                assertThat(max).as(what).isLessThan(0.5 / Math.sqrt(n));
                assertThat(p.ampObs().freeEntropy()).as(what).isCloseTo(p.bpObs().freeEntropy(), offset(0.2 / n));
                assertThat(p.ampObs().q()).as(what).isCloseTo(p.bpObs().q(), offset(1.0 / n));
                if (gy[0] > 0) {
                    assertThat(p.ampObs().s()).as(what).isCloseTo(p.bpObs().s(), offset(1.0 / n));
                    assertThat(p.ampObs().qTilde()).as(what).isCloseTo(p.bpObs().qTilde(), offset(1.0 / n));
                }
            }
        }
    }

    @Test
    void withoutTheOnsagerTermsTheFixedPointIsNotBps() {
        // negative control: naive mean field (the same iteration with the reaction terms left out) misses BP's marginals
        Instance inst = Instance.random(401, 1, 0.3, false, 2);
        double[] mb;
        try (BeliefPropagation bp = new BeliefPropagation(inst, BpParameters.defaults().withEpsilon(1e-9)
                .withMaxIters(3000).withDamping(0.5), 2)) {
            bp.converge();
            mb = bp.magnetizations();
        }
        double[] mf = NaiveMeanField.fixedPoint(inst, 0.5, 2000);
        double mean = 0;
        for (int i = 0; i < mb.length; i++) {
            mean += Math.abs(mf[i] - mb[i]) / mb.length;
        }
        assertThat(mean).isGreaterThan(0.1 / Math.sqrt(401));
    }

    /** Mean-field iteration without Onsager terms (omega = xi m, b = xi^T g), for the negative control only. */
    private static final class NaiveMeanField {
        static double[] fixedPoint(Instance inst, double lambda, int iters) {
            try (SignMatrix xi = SignMatrix.of(inst.patterns(), 1)) {
                int n = inst.n();
                int m = inst.m();
                double[] mag = new double[n];
                java.util.Arrays.fill(mag, 0.01);
                double[] om = new double[m];
                double[] g = new double[m];
                double[] b = new double[n];
                for (int t = 0; t < iters; t++) {
                    double v = 0;
                    for (double x : mag) {
                        v += 1 - x * x;
                    }
                    double sv = Math.sqrt(v);
                    xi.times(mag, om);
                    for (int mu = 0; mu < m; mu++) {
                        int s = inst.labels()[mu];
                        g[mu] = lambda * g[mu] + (1 - lambda) * s * AmpFunctions.gOverH(-s * om[mu] / sv) / sv;
                    }
                    xi.transposeTimes(g, b);
                    for (int i = 0; i < n; i++) {
                        mag[i] = Math.tanh(b[i]);
                    }
                }
                return mag;
            }
        }
    }

    /** Gamma = 0 (no focusing), alpha = 0.3: the free entropy approaches s_G(0.3) and its spread shrinks with N. */
    @Test
    void freeEntropyApproachesTheGardnerEntropy() {
        double[] small = gardnerRow(201, 8);
        double[] large = gardnerRow(3201, 4);
        // measured: N = 201: mean 0.4813, spread 0.0134; N = 3201: 4 instances within 0.003 of s_G, spread ~0.003
        assertThat(Math.abs(large[0] - GARDNER_03)).isLessThan(0.003);
        assertThat(large[1]).isLessThan(0.5 * small[1]);
        assertThat(Math.abs(small[0] - GARDNER_03)).isLessThan(3 * small[1]);
    }

    /** @return mean and sample standard deviation of the converged free entropy over instance seeds 1..k */
    private static double[] gardnerRow(int n, int k) {
        List<Double> f = new ArrayList<>();
        for (int seed = 1; seed <= k; seed++) {
            Instance inst = Instance.random(n, 1, 0.3, false, seed);
            try (Amp amp = new Amp(inst, new AmpParameters(1e-10, 2000, 0.5, 0.01, 1), seed)) {
                assertThat(amp.converge().converged()).isTrue();
                f.add(amp.freeEntropy());
            }
        }
        double mean = f.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double var = f.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum() / (k - 1);
        return new double[] {mean, Math.sqrt(var)};
    }

    @Test
    void focusingFreeEntropyAtGammaZeroAddsLn2OverY() {
        Instance inst = Instance.random(301, 1, 0.4, false, 4);
        try (Amp plain = new Amp(inst, AmpParameters.defaults().withDamping(0.5).withEpsilon(1e-10), 4);
             Amp foc = new Amp(inst, AmpParameters.defaults().withDamping(0.5).withEpsilon(1e-10), 4)) {
            plain.converge();
            foc.setFocusing(0, 3);
            foc.converge();
            assertThat(foc.magnetizations()).isEqualTo(plain.magnetizations());
            assertThat(foc.freeEntropy()).isCloseTo(plain.freeEntropy() + Math.log(2) / 3, offset(1e-12));
        }
    }

    @Test
    void oneAndTwoThreadsGiveTheSameBits() {
        Instance inst = Instance.random(3001, 1, 0.6, false, 5);
        // the first 40 steps of pseudo-reinforcement (focusing up to gamma = 0.8, y = 2.8), large enough for parallel products
        Protocol p = new Protocol("pseudo", Protocol.pseudoReinforcement(101).steps().subList(0, 40));
        FocusingAmp.Result[] r = new FocusingAmp.Result[2];
        for (int t = 1; t <= 2; t++) {
            List<Observables> obs = new ArrayList<>();
            r[t - 1] = FocusingAmp.run(inst, null, p, new AmpParameters(1e-3, 3, 0.5, 0.01, t), 5, true, true,
                    s -> obs.add(s.obs()), FocusingBp.ErrorCheck.STEP);
        }
        assertThat(r[1].trace()).isEqualTo(r[0].trace());
        assertThat(r[1].weights()).isEqualTo(r[0].weights());
        assertThat(r[1].iterations()).isEqualTo(r[0].iterations());
    }

    @Test
    void pseudoReinforcementSolvesAnEasyInstance() {
        Instance inst = Instance.random(1001, 1, 0.6, false, 1);
        List<FocusingBp.StepRecord> seen = new ArrayList<>();
        FocusingAmp.Result r = FocusingAmp.run(inst, null, Protocol.pseudoReinforcement(101),
                new AmpParameters(1e-3, 3, 0.5, 0.01, 1), 1, false, false, seen::add, FocusingBp.ErrorCheck.STEP);
        assertThat(r.solved()).isTrue();
        assertThat(inst.errors(r.weights())).isZero();
        assertThat(r.steps()).isEqualTo(seen.size()).isLessThan(101);
        assertThat(r.trace()).isEqualTo(seen);
        assertThat(r.iterations()).isEqualTo(seen.stream().mapToLong(FocusingBp.StepRecord::sweeps).sum());
        // the per-iteration check stops no later than the per-step one
        FocusingAmp.Result e = FocusingAmp.run(inst, null, Protocol.pseudoReinforcement(101),
                new AmpParameters(1e-3, 3, 0.5, 0.01, 1), 1, false, false, null, FocusingBp.ErrorCheck.SWEEP);
        assertThat(e.solved()).isTrue();
        assertThat(e.iterations()).isLessThanOrEqualTo(r.iterations());
    }

    @Test
    void theIterationBudgetCutsTheUnboundedRunAndSaysSo() {
        Instance inst = Instance.random(301, 1, 0.5, false, 3);
        Protocol p = Protocol.pseudoReinforcement(101);
        AmpParameters par = new AmpParameters(1e-3, 50, 0.5, 0.01, 1);
        FocusingAmp.Result free = FocusingAmp.run(inst, null, p, par, 3, false, false, null, FocusingBp.ErrorCheck.STEP);
        assertThat(free.solved()).isTrue();
        assertThat(free.stop()).isEqualTo(FocusingBp.Stop.SOLVED);
        long total = free.iterations();
        assertThat(total).isGreaterThan(10);
        // a budget of exactly the run's iterations changes nothing
        FocusingAmp.Result same = FocusingAmp.run(inst, null, p, par, 3, false, false, null, FocusingBp.ErrorCheck.STEP, total);
        assertThat(same.trace()).isEqualTo(free.trace());
        assertThat(same.stop()).isEqualTo(FocusingBp.Stop.SOLVED);
        // a budget that ends halfway through the protocol, one iteration into a step of two or more: the run stops
        // there, its earlier steps those of the unbounded run, the cut step unconverged
        int j = free.steps() / 2;
        while (free.trace().get(j).sweeps() < 2) {
            j++;
        }
        assertThat(free.trace().get(j).errors()).isPositive();
        long budget = 1 + free.trace().subList(0, j).stream().mapToLong(FocusingBp.StepRecord::sweeps).sum();
        FocusingAmp.Result cut = FocusingAmp.run(inst, null, p, par, 3, false, false, null, FocusingBp.ErrorCheck.STEP, budget);
        assertThat(cut.stop()).isEqualTo(FocusingBp.Stop.SWEEP_BUDGET);
        assertThat(cut.solved()).isFalse();
        assertThat(cut.iterations()).isEqualTo(budget);
        assertThat(cut.steps()).isEqualTo(j + 1);
        assertThat(cut.trace().subList(0, j)).isEqualTo(free.trace().subList(0, j));
        assertThat(cut.trace().get(j).sweeps()).isEqualTo(1);
        assertThat(cut.trace().get(j).converged()).isFalse();
        // running to the end without a budget ends with the protocol
        FocusingAmp.Result end = FocusingAmp.run(inst, null, new Protocol("pseudo", p.steps().subList(0, 5)), par, 3, false,
                true, null, FocusingBp.ErrorCheck.STEP, Long.MAX_VALUE);
        assertThat(end.stop()).isEqualTo(FocusingBp.Stop.PROTOCOL_END);
        assertThat(end.steps()).isEqualTo(5);
        assertThatThrownBy(() -> FocusingAmp.run(inst, null, p, par, 3, false, false, null, FocusingBp.ErrorCheck.STEP, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void committeesAndMismatchedMatricesAreRejected() {
        Instance committee = Instance.random(11, 3, 0.3, false, 1);
        assertThatThrownBy(() -> new Amp(committee, AmpParameters.defaults(), 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("k = 3");
        Instance a = Instance.random(11, 1, 0.3, false, 1);
        Instance b = Instance.random(13, 1, 0.3, false, 1);
        try (SignMatrix xi = SignMatrix.of(b.patterns(), 1)) {
            assertThatThrownBy(() -> new Amp(a, xi, AmpParameters.defaults(), 1)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> new AmpParameters(1e-3, 10, 1.0, 0.01, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
