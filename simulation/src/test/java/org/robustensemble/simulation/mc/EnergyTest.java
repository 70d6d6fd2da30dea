package org.robustensemble.simulation.mc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.robustensemble.simulation.instance.Instance;
import org.robustensemble.simulation.instance.Patterns;

/** Incremental energy changes against full recomputation, for every energy, model and replicated system. */
class EnergyTest {

    private static byte[] spins(int size, SplittableRandom r) {
        return Annealer.randomSpins(size, r);
    }

    /** Checks delta == full(after) - full(before) and energy() == full over many random flips. */
    private static void checkIncremental(Energy e, int flips, long seed, double tol) {
        SplittableRandom r = new SplittableRandom(seed);
        assertThat(e.energy()).isCloseTo(e.fullEnergy(), within(tol));
        for (int t = 0; t < flips; t++) {
            int j = r.nextInt(e.size());
            double before = e.fullEnergy();
            double d = e.delta(j);
            assertThat(e.fullEnergy()).as("delta must not change the state").isEqualTo(before);
            e.flip(j);
            double after = e.fullEnergy();
            assertThat(d).as("flip %d of variable %d", t, j).isCloseTo(after - before, within(tol));
            assertThat(e.energy()).isCloseTo(after, within(tol));
        }
    }

    @Test
    void perceptronStepAndLinearIncrementalMatchesFull() {
        for (boolean teacher : new boolean[] {false, true}) {
            // M = 141 spans three 64-bit words (partial last word)
            Instance inst = Instance.random(101, 1, 1.4, teacher, 3);
            for (EnergyKind kind : EnergyKind.values()) {
                Energy e = new PerceptronEnergy(inst, kind, spins(101, new SplittableRandom(5)));
                checkIncremental(e, 3000, 11, 0);
            }
        }
    }

    @Test
    void committeeStepAndLinearIncrementalMatchesFull() {
        for (int k : new int[] {3, 5}) {
            Instance inst = Instance.random(21, k, 1.2, k == 5, 4);
            for (EnergyKind kind : EnergyKind.values()) {
                Energy e = new CommitteeEnergy(inst, kind, spins(21 * k, new SplittableRandom(6)));
                checkIncremental(e, 2000, 12, 0);
            }
        }
    }

    @Test
    void bitSlicedStabilitiesMatchDirectComputationUpToTheExtremes() {
        // N = 13: u = (1 - Delta)/2 ranges over [-6, 7]; patterns +-w0 and their one-flip neighbours reach the ends
        int n = 13;
        byte[] w0 = spins(n, new SplittableRandom(3));
        SplittableRandom r = new SplittableRandom(4);
        byte[][] xi = new byte[70][];
        byte[] labels = new byte[70];
        for (int mu = 0; mu < 70; mu++) {
            xi[mu] = mu < 10 ? w0.clone() : mu < 20 ? neg(w0) : spins(n, r);
            labels[mu] = (byte) (r.nextBoolean() ? 1 : -1);
        }
        Instance inst = new Instance(n, 1, Patterns.of(n, xi), labels, null);
        for (EnergyKind kind : EnergyKind.values()) {
            PerceptronEnergy e = new PerceptronEnergy(inst, kind, w0);
            int lo = 0;
            int hi = 0;
            for (int t = 0; t < 4000; t++) {
                int j = r.nextInt(n);
                e.flip(j);
                byte[] w = e.state();
                for (int mu = 0; mu < 70; mu++) {
                    int delta = 0;
                    for (int i = 0; i < n; i++) {
                        delta += labels[mu] * xi[mu][i] * w[i];
                    }
                    assertThat(e.u(mu)).isEqualTo((1 - delta) / 2);
                    lo = Math.min(lo, e.u(mu));
                    hi = Math.max(hi, e.u(mu));
                }
                // drift back towards w0 now and then, so that the extremes recur
                if (t % 50 == 0) {
                    e.setState(t % 100 == 0 ? w0 : neg(w0));
                }
            }
            assertThat(lo).isEqualTo(-6);
            assertThat(hi).isEqualTo(7);
        }
    }

    private static byte[] neg(byte[] w) {
        byte[] c = new byte[w.length];
        for (int i = 0; i < w.length; i++) {
            c[i] = (byte) -w[i];
        }
        return c;
    }

    @Test
    void committeeWithOneUnitIsThePerceptron() {
        Instance inst = Instance.random(31, 1, 2.0, false, 9);
        for (EnergyKind kind : EnergyKind.values()) {
            byte[] w = spins(31, new SplittableRandom(1));
            PerceptronEnergy p = new PerceptronEnergy(inst, kind, w);
            CommitteeEnergy c = new CommitteeEnergy(inst, kind, w);
            SplittableRandom r = new SplittableRandom(2);
            for (int t = 0; t < 500; t++) {
                int j = r.nextInt(31);
                assertThat(c.delta(j)).isEqualTo(p.delta(j));
                p.flip(j);
                c.flip(j);
                assertThat(c.energy()).isEqualTo(p.energy());
            }
        }
    }

    @Test
    void handComputedPerceptronEnergies() {
        // N = 3, two patterns; W = (+,+,+)
        byte[][] xi = {{1, 1, -1}, {-1, -1, -1}};
        Instance inst = new Instance(3, 1, Patterns.of(3, xi), new byte[] {1, 1}, null);
        byte[] w = {1, 1, 1};
        // Delta^1 = +1 (satisfied), Delta^2 = -3 (violated, needs (3+1)/2 = 2 flips)
        assertThat(new PerceptronEnergy(inst, EnergyKind.STEP, w).energy()).isEqualTo(1);
        assertThat(new PerceptronEnergy(inst, EnergyKind.LINEAR, w).energy()).isEqualTo(2);
        PerceptronEnergy lin = new PerceptronEnergy(inst, EnergyKind.LINEAR, w);
        // flipping W_1: Delta^1 -> -1 (costs 1), Delta^2 -> -1 (costs 1): total 2, change 0
        assertThat(lin.delta(0)).isEqualTo(0);
        // flipping W_3: Delta^1 -> 3, Delta^2 -> -1: total 1
        assertThat(lin.delta(2)).isEqualTo(-1);
    }

    @Test
    void handComputedCommitteePatternEnergy() {
        int[] work = new int[5];
        // votes +1: correct
        assertThat(CommitteeEnergy.patternEnergy(new int[] {3, -1, 1}, 3, EnergyKind.LINEAR, work)).isZero();
        // votes -1: fix the cheapest wrong unit: costs (1+1)/2 = 1 vs (5+1)/2 = 3
        assertThat(CommitteeEnergy.patternEnergy(new int[] {-5, -1, 7}, 3, EnergyKind.LINEAR, work)).isEqualTo(1);
        // votes -5 with K = 5: fix 3 cheapest of costs 3,1,2,4,1 -> 1+1+2
        assertThat(CommitteeEnergy.patternEnergy(new int[] {-5, -1, -3, -7, -1}, 5, EnergyKind.LINEAR, work))
                .isEqualTo(4);
        assertThat(CommitteeEnergy.patternEnergy(new int[] {-5, -1, -3, -7, -1}, 5, EnergyKind.STEP, work))
                .isEqualTo(1);
    }

    @Test
    void tracedReplicasIncrementalMatchesFull() {
        Instance perc = Instance.random(51, 1, 0.9, false, 21);
        Instance comm = Instance.random(15, 3, 0.9, false, 22);
        for (Instance inst : new Instance[] {perc, comm}) {
            for (EnergyKind kind : EnergyKind.values()) {
                for (int y : new int[] {1, 2, 3, 7}) {
                    int size = inst.n() * inst.k();
                    byte[][] init = new byte[y][];
                    for (int a = 0; a < y; a++) {
                        init[a] = spins(size, new SplittableRandom(100 + a));
                    }
                    TracedReplicas s = new TracedReplicas(inst, kind, init);
                    s.setCoupling(1.7, 0.6);
                    checkIncremental(s, 600, 31 + y, 1e-9);
                    s.setCoupling(0.4, 2.5);
                    checkIncremental(s, 300, 41 + y, 1e-9);
                }
            }
        }
    }

    @Test
    void explicitReferenceIncrementalMatchesFull() {
        Instance perc = Instance.random(51, 1, 0.9, true, 23);
        Instance comm = Instance.random(15, 3, 0.9, false, 24);
        for (Instance inst : new Instance[] {perc, comm}) {
            for (EnergyKind kind : EnergyKind.values()) {
                for (int y : new int[] {1, 3}) {
                    int size = inst.n() * inst.k();
                    byte[][] init = new byte[y][];
                    for (int a = 0; a < y; a++) {
                        init[a] = spins(size, new SplittableRandom(200 + a));
                    }
                    ExplicitReference s = new ExplicitReference(inst, kind, init, spins(size, new SplittableRandom(7)));
                    s.setCoupling(1.3, 0.8);
                    checkIncremental(s, 800, 51 + y, 1e-9);
                    assertThat(s.referenceEnergy()).isEqualTo(Energies.full(inst, kind, s.reference()));
                }
            }
        }
    }

    @Test
    void boltzmannFactorsMatchExpOfBetaDeltaInsideAndOutsideTheTable() {
        // teacher-student with W = -teacher on every replica: all patterns violated, so single-flip energy changes
        // are of order 0.24 M, well outside the tabulated window of +-64
        Instance inst = Instance.random(11, 1, 40, true, 3);
        byte[] anti = inst.teacher().clone();
        for (int i = 0; i < anti.length; i++) {
            anti[i] = (byte) -anti[i];
        }
        SplittableRandom r = new SplittableRandom(4);
        int outside = 0;
        for (int y : new int[] {1, 3}) {
            byte[][] init = new byte[y][];
            for (int a = 0; a < y; a++) {
                init[a] = a == 0 ? anti : spins(11, r);
            }
            ReplicatedSystem[] systems = {new TracedReplicas(inst, EnergyKind.LINEAR, init),
                    new ExplicitReference(inst, EnergyKind.LINEAR, init, spins(11, r))};
            for (ReplicatedSystem s : systems) {
                s.setCoupling(0.3, 0.7);
                for (int a = 0; a < s.members(); a++) {
                    for (int i = 0; i < 11; i++) {
                        double bd = s.betaDelta(a, i);
                        assertThat(s.boltzmannFactor(a, i)).isCloseTo(Math.exp(-bd), within(1e-12 * Math.exp(-bd)));
                        assertThat(bd).isCloseTo(s.delta(a * 11 + i) * 0.3, within(1e-9));
                        if (Math.abs(bd / 0.3) > ReplicaBlocks.WINDOW + 2) {
                            outside++;
                        }
                    }
                }
            }
        }
        assertThat(outside).as("some energy changes fall outside the table").isPositive();
    }

    @Test
    void uniformIndexCoversTheRange() {
        SplittableRandom r = new SplittableRandom(1);
        int bound = 1001;
        long thr = Metropolis.threshold(bound);
        long[] counts = new long[bound];
        for (int t = 0; t < 1_001_000; t++) {
            counts[Metropolis.index(r, bound, thr)]++;
        }
        for (long c : counts) {
            // mean 1000, sd ~ 31.6: 6 sd
            assertThat(c).isBetween(810L, 1190L);
        }
    }

    @Test
    void tracedReferenceIsTheMajorityAndOverlapIsItsConditionalMean() {
        Instance inst = Instance.random(11, 1, 0.5, false, 1);
        byte[][] init = {spins(11, new SplittableRandom(1)), spins(11, new SplittableRandom(2)),
                spins(11, new SplittableRandom(3))};
        TracedReplicas s = new TracedReplicas(inst, EnergyKind.STEP, init);
        s.setCoupling(1, 0.5);
        byte[] ref = s.reference();
        double ov = 0;
        for (int i = 0; i < 11; i++) {
            int m = init[0][i] + init[1][i] + init[2][i];
            assertThat(ref[i]).isEqualTo((byte) Integer.signum(m));
            ov += m / 3.0 * Math.tanh(0.5 * m);
        }
        assertThat(s.overlap()).isCloseTo(ov / 11, within(1e-12));
        assertThat(s.referenceEnergy()).isEqualTo(Energies.full(inst, EnergyKind.STEP, ref));
    }

    @Test
    void badParametersAreRejected() {
        Instance inst = Instance.random(11, 1, 0.5, false, 1);
        assertThatThrownBy(() -> new PerceptronEnergy(inst, EnergyKind.STEP, new byte[10]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("length");
        assertThatThrownBy(() -> new PerceptronEnergy(inst, EnergyKind.STEP, new byte[11]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("+1 or -1");
        TracedReplicas s = new TracedReplicas(inst, EnergyKind.STEP, new byte[][] {spins(11, new SplittableRandom(1))});
        assertThatThrownBy(() -> s.setCoupling(0, 1)).hasMessageContaining("beta");
        assertThatThrownBy(() -> s.setCoupling(1, -1)).hasMessageContaining("gamma");
        assertThatThrownBy(() -> new Schedule(Schedule.Form.GEOMETRIC, 1, 0.5, 10)).hasMessageContaining("factor");
        assertThatThrownBy(() -> new Schedule(Schedule.Form.LINEAR, 2, 0.5, 1)).hasMessageContaining("max");
    }

    @Test
    void schedules() {
        Schedule g = new Schedule(Schedule.Form.GEOMETRIC, 0.5, 2, 3);
        assertThat(g.at(0)).isEqualTo(0.5);
        assertThat(g.at(2)).isEqualTo(2.0);
        assertThat(g.at(3)).isEqualTo(3.0);
        Schedule l = new Schedule(Schedule.Form.LINEAR, 0.1, 0.25, Double.POSITIVE_INFINITY);
        assertThat(l.at(4)).isCloseTo(1.1, within(1e-15));
        assertThat(Schedule.constant(0.7).at(1000)).isEqualTo(0.7);
    }
}
