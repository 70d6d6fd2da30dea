package org.robustensemble.simulation.sgd;

import java.util.SplittableRandom;

import org.robustensemble.simulation.instance.Patterns;
import org.robustensemble.simulation.random.RandomStreams;

/**
 * Generalization error in the teacher-student setting: the fraction of fresh random patterns on which a
 * committee machine disagrees with the teacher. The test patterns come from the
 * {@link RandomStreams.Stream#TEST_PATTERNS} stream of the given seed, never from the training instance's
 * streams, so the same seed gives the same test set for every algorithm being compared.
 */
public final class Generalization {
    private Generalization() {
    }

    /**
     * @param n        inputs per hidden unit (odd)
     * @param k        hidden units (odd)
     * @param teacher  the teacher's weights (length N K, +-1)
     * @param student  the weights to test (length N K, +-1)
     * @param patterns number of fresh test patterns (>= 1)
     * @param seed     seed of the test-pattern stream
     * @return the fraction of test patterns where student and teacher outputs differ
     */
    public static double testError(int n, int k, byte[] teacher, byte[] student, int patterns, long seed) {
        if (patterns < 1) {
            throw new IllegalArgumentException("test patterns = " + patterns + " must be >= 1");
        }
        if (teacher.length != n * k || student.length != n * k) {
            throw new IllegalArgumentException("weights must have length N K = " + n * k);
        }
        SplittableRandom rng = new RandomStreams(seed).stream(RandomStreams.Stream.TEST_PATTERNS);
        Patterns test = Patterns.random(n, patterns, rng);
        long[][] t = new long[k][];
        long[][] s = new long[k][];
        for (int u = 0; u < k; u++) {
            t[u] = Patterns.pack(teacher, u * n, n);
            s[u] = Patterns.pack(student, u * n, n);
        }
        int wrong = 0;
        for (int mu = 0; mu < patterns; mu++) {
            if (output(test, mu, t) != output(test, mu, s)) {
                wrong++;
            }
        }
        return (double) wrong / patterns;
    }

    private static int output(Patterns xi, int mu, long[][] w) {
        int votes = 0;
        for (long[] unit : w) {
            votes += xi.dot(mu, unit) > 0 ? 1 : -1;
        }
        return votes > 0 ? 1 : -1;
    }
}
