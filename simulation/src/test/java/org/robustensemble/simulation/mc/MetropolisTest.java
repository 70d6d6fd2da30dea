package org.robustensemble.simulation.mc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.robustensemble.simulation.mc.ChiSquareFit.chiSquare;
import static org.robustensemble.simulation.mc.ChiSquareFit.decode;
import static org.robustensemble.simulation.mc.ChiSquareFit.encode;

import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;
import org.robustensemble.simulation.instance.Instance;

/**
 * The Metropolis chain against the exact Boltzmann distribution, by enumeration of all states of small systems
 * and a chi-square goodness-of-fit test (bins with expected count &lt; 5 merged). Samples are thinned so that
 * successive samples are nearly independent; the critical value is the 1 - 1e-4 quantile.
 */
class MetropolisTest {

    private static long[] sampleBase(Energy e, double beta, int samples, int thin, long seed) {
        long[] counts = new long[1 << e.size()];
        SplittableRandom order = new SplittableRandom(seed);
        SplittableRandom acc = new SplittableRandom(seed + 1);
        Metropolis.run(e, beta, 100L * e.size(), order, acc);
        for (int t = 0; t < samples; t++) {
            Metropolis.run(e, beta, thin, order, acc);
            counts[encode(e.state())]++;
        }
        return counts;
    }

    private static double[] logBoltzmann(int size, double beta, ToDoubleFunction<byte[]> energy) {
        double[] lw = new double[1 << size];
        for (int c = 0; c < lw.length; c++) {
            lw[c] = -beta * energy.applyAsDouble(decode(c, size));
        }
        return lw;
    }

    @Test
    void perceptronChainMatchesBoltzmannAtN9() {
        Instance inst = Instance.random(9, 1, 1.0, false, 5);
        for (EnergyKind kind : EnergyKind.values()) {
            double beta = 0.8;
            Energy e = new PerceptronEnergy(inst, kind, decode(0, 9));
            long[] counts = sampleBase(e, beta, 200_000, 27, 77);
            double[] exact = logBoltzmann(9, beta, w -> PerceptronEnergy.fullEnergy(inst, kind, w));
            double[] chi = chiSquare(counts, exact);
            assertThat(chi[0]).as("%s chi-square vs critical", kind).isLessThan(chi[1]);
            // the same samples must fail against a different temperature (the test has power)
            double[] wrong = logBoltzmann(9, 1.15 * beta, w -> PerceptronEnergy.fullEnergy(inst, kind, w));
            assertThat(chiSquare(counts, wrong)[0]).isGreaterThan(chi[1]);
        }
    }

    @Test
    void committeeChainMatchesBoltzmann() {
        Instance inst = Instance.random(3, 3, 1.0, false, 8);
        double beta = 0.9;
        Energy e = new CommitteeEnergy(inst, EnergyKind.LINEAR, decode(0, 9));
        long[] counts = sampleBase(e, beta, 200_000, 45, 78);
        double[] chi = chiSquare(counts, logBoltzmann(9, beta,
                w -> CommitteeEnergy.fullEnergy(inst, EnergyKind.LINEAR, w)));
        assertThat(chi[0]).isLessThan(chi[1]);
    }

    /** Replicated chains use the annealer's own sweep (member and weight chosen uniformly). */
    private static long[] sampleReplicated(ReplicatedSystem s, int samples, int thin, long seed) {
        long[] counts = new long[1 << s.size()];
        SplittableRandom order = new SplittableRandom(seed);
        SplittableRandom acc = new SplittableRandom(seed + 1);
        Metropolis.Counter c = new Metropolis.Counter();
        Metropolis.sweep(s, 100L * s.size(), order, acc, false, c);
        for (int t = 0; t < samples; t++) {
            Metropolis.sweep(s, thin, order, acc, false, c);
            counts[encode(s.state())]++;
        }
        return counts;
    }

    @Test
    void tracedReplicaChainMatchesRobustEnsembleWeight() {
        // y = 2 replicas of N = 5: weight exp(-beta sum_a E(W^a)) prod_i 2cosh(gamma m_i)
        Instance inst = Instance.random(5, 1, 1.0, false, 9);
        double beta = 0.7;
        double gamma = 0.9;
        TracedReplicas s = new TracedReplicas(inst, EnergyKind.LINEAR, new byte[][] {decode(0, 5), decode(0, 5)});
        s.setCoupling(beta, gamma);
        long[] counts = sampleReplicated(s, 200_000, 60, 79);
        double[] lw = new double[1 << 10];
        for (int c = 0; c < lw.length; c++) {
            byte[] w = decode(c, 10);
            byte[] w1 = java.util.Arrays.copyOfRange(w, 0, 5);
            byte[] w2 = java.util.Arrays.copyOfRange(w, 5, 10);
            double v = -beta * (PerceptronEnergy.fullEnergy(inst, EnergyKind.LINEAR, w1)
                    + PerceptronEnergy.fullEnergy(inst, EnergyKind.LINEAR, w2));
            for (int i = 0; i < 5; i++) {
                v += Math.log(2 * Math.cosh(gamma * (w1[i] + w2[i])));
            }
            lw[c] = v;
        }
        double[] chi = chiSquare(counts, lw);
        assertThat(chi[0]).isLessThan(chi[1]);
    }

    @Test
    void explicitReferenceChainMatchesItsWeight() {
        // y = 2 replicas of N = 3 plus the reference: weight exp(-beta sum_a E(W^a) + gamma Wref . sum_a W^a)
        Instance inst = Instance.random(3, 1, 1.0, false, 10);
        double beta = 0.8;
        double gamma = 0.6;
        ExplicitReference s = new ExplicitReference(inst, EnergyKind.STEP,
                new byte[][] {decode(0, 3), decode(0, 3)}, decode(0, 3));
        s.setCoupling(beta, gamma);
        long[] counts = sampleReplicated(s, 200_000, 27, 80);
        double[] lw = new double[1 << 9];
        for (int c = 0; c < lw.length; c++) {
            byte[] w = decode(c, 9);
            double v = 0;
            for (int a = 0; a < 2; a++) {
                byte[] wa = java.util.Arrays.copyOfRange(w, 3 * a, 3 * a + 3);
                v -= beta * PerceptronEnergy.fullEnergy(inst, EnergyKind.STEP, wa);
                for (int i = 0; i < 3; i++) {
                    v += gamma * wa[i] * w[6 + i];
                }
            }
            lw[c] = v;
        }
        double[] chi = chiSquare(counts, lw);
        assertThat(chi[0]).isLessThan(chi[1]);
    }
}
