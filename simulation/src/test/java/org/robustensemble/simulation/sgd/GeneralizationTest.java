package org.robustensemble.simulation.sgd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class GeneralizationTest {

    private static byte[] random(int len, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        byte[] w = new byte[len];
        for (int i = 0; i < len; i++) {
            w[i] = (byte) (r.nextBoolean() ? 1 : -1);
        }
        return w;
    }

    @Test
    void teacherHasNoErrorAndItsMirrorIsAlwaysWrong() {
        byte[] t = random(51 * 3, 1);
        byte[] flipped = t.clone();
        for (int i = 0; i < flipped.length; i++) {
            flipped[i] = (byte) -flipped[i];
        }
        assertThat(Generalization.testError(51, 3, t, t, 2000, 5)).isZero();
        // flipping every weight flips every hidden field, hence every vote and (K odd) the output
        assertThat(Generalization.testError(51, 3, t, flipped, 2000, 5)).isEqualTo(1.0);
    }

    @Test
    void unrelatedStudentIsRightHalfTheTime() {
        byte[] t = random(51 * 3, 1);
        byte[] s = random(51 * 3, 2);
        // 20000 test patterns: binomial sd 0.0035; 6 sd tolerance (the overlap of two random nets is O(1/sqrt N),
        // which moves the error from 1/2 by at most a few percent, so allow 0.05)
        assertThat(Generalization.testError(51, 3, t, s, 20000, 5)).isBetween(0.45, 0.55);
    }

    @Test
    void badCountIsRejected() {
        byte[] t = random(9, 1);
        assertThatThrownBy(() -> Generalization.testError(3, 3, t, t, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
