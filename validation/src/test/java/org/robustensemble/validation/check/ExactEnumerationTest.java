package org.robustensemble.validation.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.robustensemble.simulation.instance.Instance;

/** The packed Gray-code enumeration against plain enumeration with {@link Instance#errors}. */
class ExactEnumerationTest {

    @Test
    void countsAndOverlapsEqualThePlainEnumeration() {
        int compared = 0;
        for (int n : new int[] {1, 3, 7, 11}) {
            for (double alpha : new double[] {0, 0.3, 0.8, 1.5}) {
                for (long seed = 1; seed <= 6; seed++) {
                    Instance inst = Instance.random(n, 1, alpha, seed % 2 == 0, seed);
                    ExactEnumeration.Count fast = ExactEnumeration.count(inst);
                    ExactEnumeration.Count slow = ExactEnumeration.bruteForce(inst);
                    assertThat(fast.solutions()).as("N=%d alpha=%s seed=%d", n, alpha, seed).isEqualTo(slow.solutions());
                    if (slow.solutions() > 0) {
                        assertThat(fast.overlap()).isCloseTo(slow.overlap(), org.assertj.core.api.Assertions.within(1e-12));
                    } else {
                        assertThat(fast.overlap()).isNaN();
                    }
                    compared++;
                }
            }
        }
        assertThat(compared).isEqualTo(96);
        // no patterns: every vector is a solution, and the weights average to zero
        ExactEnumeration.Count free = ExactEnumeration.count(Instance.random(9, 1, 0, false, 3));
        assertThat(free.solutions()).isEqualTo(512);
        assertThat(free.overlap()).isZero();
    }

    @Test
    void aTeacherIsAlwaysASolution() {
        for (long seed = 1; seed <= 20; seed++) {
            assertThat(ExactEnumeration.count(Instance.random(13, 1, 2.0, true, seed)).solutions()).isPositive();
        }
    }
}
