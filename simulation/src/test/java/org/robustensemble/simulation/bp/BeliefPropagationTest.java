package org.robustensemble.simulation.bp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.robustensemble.simulation.SimulationFailure;
import org.robustensemble.simulation.bp.message.ErrorFunctions;
import org.robustensemble.simulation.instance.Instance;

class BeliefPropagationTest {

    private static double[] randomFields(int nw, long seed, double scale) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] g = new double[nw];
        for (int j = 0; j < nw; j++) {
            g[j] = r.nextDouble(-scale, scale);
        }
        return g;
    }

    /** Tight convergence on the model itself: no committee symmetry-breaking prior (enumeration does not know it). */
    private static BpParameters tight(Representation r) {
        return BpParameters.defaults().withRepresentation(r).withEpsilon(1e-14).withMaxIters(200).withSymmetryBreaking(0);
    }

    /** One pattern: the factor graph is a tree and BP with the exact factor is exact. */
    @ParameterizedTest
    @EnumSource(Representation.class)
    void betheFreeEntropyIsExactOnATreePerceptron(Representation rep) {
        Instance inst = Instance.random(11, 1, 1.0 / 11, false, 3);
        assertThat(inst.m()).isEqualTo(1);
        double[] g = randomFields(11, 5, 0.8);
        ExactEnumeration ex = new ExactEnumeration(inst, g);
        try (BeliefPropagation bp = new BeliefPropagation(inst, tight(rep).withExactInput(true), 1)) {
            bp.setExternalFields(g);
            assertThat(bp.converge().converged()).isTrue();
            assertThat(bp.freeEntropy() * 11).isCloseTo(ex.lnZ, within(1e-10));
            double[] mm = bp.magnetizations();
            for (int j = 0; j < 11; j++) {
                assertThat(mm[j]).isCloseTo(ex.magnetizations[j], within(1e-10));
            }
        }
    }

    /** Committee K = 3, N = 5, one pattern: theta factors, tau variables and the output node form a tree. */
    @ParameterizedTest
    @EnumSource(Representation.class)
    void betheFreeEntropyIsExactOnATreeCommittee(Representation rep) {
        Instance inst = Instance.random(5, 3, 1.0 / 15, false, 11);
        assertThat(inst.m()).isEqualTo(1);
        double[] g = randomFields(15, 6, 0.7);
        ExactEnumeration ex = new ExactEnumeration(inst, g);
        try (BeliefPropagation bp = new BeliefPropagation(inst, tight(rep).withExactInput(true), 2)) {
            bp.setExternalFields(g);
            assertThat(bp.converge().converged()).isTrue();
            assertThat(bp.freeEntropy() * 15).isCloseTo(ex.lnZ, within(1e-10));
            double[] mm = bp.magnetizations();
            for (int j = 0; j < 15; j++) {
                assertThat(mm[j]).isCloseTo(ex.magnetizations[j], within(1e-10));
            }
        }
    }

    /** Gaussian factor, one pattern, no fields: mu = 0 and ln H(0) = ln 1/2 is exact (half the W solve it). */
    @ParameterizedTest
    @EnumSource(Representation.class)
    void gaussianFactorIsExactForOneUnbiasedPattern(Representation rep) {
        Instance inst = Instance.random(31, 1, 1.0 / 31, false, 4);
        try (BeliefPropagation bp = new BeliefPropagation(inst, tight(rep).withInitRange(0), 1)) {
            bp.converge();
            assertThat(bp.freeEntropy() * 31).isCloseTo(30 * Math.log(2), within(1e-12));
        }
    }

    /**
     * N = 11, M = 5 with random fields |g| < 0.3, 8 instances: BP is approximate here, and the error comes from the
     * dense loops (every pattern touches every weight), not from the Gaussian factor: BP with the exact
     * (convolution) factor lands within a few hundredths of the Gaussian one. Observed (field representation):
     * mean |m_BP - m_exact| per instance 0.04 - 0.12 (average 0.085), max 0.33, |f_BP - f_exact| average
     * 0.019 per weight. Stated tolerances: average over instances of the mean |dm| below 0.12, every max |dm|
     * below 0.4, average free-entropy error below 0.03, Gaussian vs exact-factor BP within 0.05.
     */
    @ParameterizedTest
    @EnumSource(Representation.class)
    void smallInstanceMarginalsAreCloseToEnumeration(Representation rep) {
        double meanSum = 0;
        double fSum = 0;
        int count = 8;
        for (long seed = 1; seed <= count; seed++) {
            Instance inst = Instance.random(11, 1, 5.0 / 11, false, seed);
            assertThat(inst.m()).isEqualTo(5);
            double[] g = randomFields(11, seed + 100, 0.3);
            ExactEnumeration ex = new ExactEnumeration(inst, g);
            double[][] mm = new double[2][];
            for (int e = 0; e < 2; e++) {
                BpParameters par = tight(rep).withEpsilon(1e-9).withMaxIters(2000).withExactInput(e == 1);
                try (BeliefPropagation bp = new BeliefPropagation(inst, par, seed)) {
                    bp.setExternalFields(g);
                    assertThat(bp.converge().converged()).isTrue();
                    mm[e] = bp.magnetizations();
                    if (e == 0) {
                        fSum += Math.abs(bp.freeEntropy() - ex.lnZ / 11);
                    }
                }
            }
            double sum = 0;
            double max = 0;
            for (int j = 0; j < 11; j++) {
                double d = Math.abs(mm[0][j] - ex.magnetizations[j]);
                sum += d;
                max = Math.max(max, d);
                assertThat(mm[0][j]).as("Gaussian vs exact factor, seed %d", seed).isCloseTo(mm[1][j], within(0.05));
            }
            meanSum += sum / 11;
            assertThat(max).as("max |dm|, seed %d", seed).isLessThan(0.4);
        }
        assertThat(meanSum / count).isLessThan(0.12);
        assertThat(fSum / count).isLessThan(0.03);
    }

    @Test
    void representationsGiveTheSameFixedPoint() {
        Instance inst = Instance.random(101, 1, 0.3, false, 9);
        double[][] mm = new double[2][];
        double[] f = new double[2];
        for (Representation r : Representation.values()) {
            try (BeliefPropagation bp = new BeliefPropagation(inst, BpParameters.defaults().withRepresentation(r).withEpsilon(1e-12), 5)) {
                assertThat(bp.converge().converged()).isTrue();
                mm[r.ordinal()] = bp.magnetizations();
                f[r.ordinal()] = bp.freeEntropy();
            }
        }
        for (int j = 0; j < 101; j++) {
            assertThat(mm[1][j]).isCloseTo(mm[0][j], within(1e-9));
        }
        assertThat(f[1]).isCloseTo(f[0], within(1e-9));
    }

    @Test
    void blockUpdatesDoNotDependOnTheThreadCount() {
        Instance inst = Instance.random(201, 1, 0.4, false, 2);
        double[][] out = new double[3][];
        for (int t = 1; t <= 3; t++) {
            BpParameters par = t <= 2 ? BpParameters.defaults().withBlock(16).withThreads(t) : BpParameters.defaults();
            try (BeliefPropagation bp = new BeliefPropagation(inst, par, 8)) {
                bp.setFocusing(0.5, 3);
                for (int s = 0; s < 5; s++) {
                    bp.sweep();
                }
                out[t - 1] = bp.magnetizations();
            }
        }
        assertThat(Arrays.equals(out[0], out[1])).isTrue();
        // blocks really change the schedule (sequential BP differs), though they reach nearby beliefs
        assertThat(Arrays.equals(out[0], out[2])).isFalse();
        for (int j = 0; j < out[0].length; j++) {
            assertThat(out[2][j]).isCloseTo(out[0][j], within(0.2));
        }
    }

    @Test
    void aNonFiniteMessageStopsTheRunWithAReport() {
        Instance inst = Instance.random(21, 1, 0.3, false, 2);
        try (BeliefPropagation bp = new BeliefPropagation(inst, BpParameters.defaults(), 1)) {
            Messages msg = bp.snapshot();
            msg.input()[7] = Double.NaN;
            bp.restore(msg);
            assertThatThrownBy(bp::sweep).isInstanceOf(SimulationFailure.class).hasMessageContaining("non-finite");
        }
    }

    @Test
    void noPatternsGivesTheFreeEntropyOfTheFields() {
        Instance inst = Instance.random(15, 1, 0.0, false, 1);
        try (BeliefPropagation bp = new BeliefPropagation(inst, BpParameters.defaults(), 1)) {
            double[] g = new double[15];
            Arrays.fill(g, 0.7);
            bp.setExternalFields(g);
            bp.converge();
            assertThat(bp.freeEntropy()).isCloseTo(ErrorFunctions.lnTwoCosh(0.7), within(1e-14));
        }
    }

    /** Replicated free entropy with focusing and no patterns: phi/y = ln2/y + ln 2cosh(gamma)-type limits. */
    @Test
    void focusingFreeEntropyLimitsWithoutPatterns() {
        Instance inst = Instance.random(15, 1, 0.0, false, 1);
        try (BeliefPropagation bp = new BeliefPropagation(inst, BpParameters.defaults(), 1)) {
            // y = 1: phi = ln 2 + ln 2cosh(gamma) (docs/theory.md 3.2 at alpha = 0)
            bp.setFocusing(0.8, 1);
            bp.converge();
            assertThat(bp.freeEntropy()).isCloseTo(Math.log(2) + ErrorFunctions.lnTwoCosh(0.8), within(1e-12));
            // gamma = 0: phi / y = ln 2 / y + ln 2
            bp.setFocusing(0.0, 5);
            bp.converge();
            assertThat(bp.freeEntropy()).isCloseTo(Math.log(2) / 5 + Math.log(2), within(1e-12));
            // alpha = 0, any y: phi / y = ln 2 / y + ln 2cosh(gamma), S = tanh(gamma)
            bp.setFocusing(0.6, 4);
            bp.converge();
            Observables o = bp.analyze();
            assertThat(o.freeEntropy()).isCloseTo(Math.log(2) / 4 + ErrorFunctions.lnTwoCosh(0.6), within(1e-12));
            assertThat(o.s()).isCloseTo(Math.tanh(0.6), within(1e-12));
        }
    }
}
