package org.robustensemble.figures.recipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Wilson score intervals against hand-computed values (z = 1.96). */
class WilsonTest {
    @Test
    void knownIntervals() {
        double[] half = Wilson.interval(10, 20);
        assertThat(half[0]).isCloseTo(0.299298, within(1e-6));
        assertThat(half[1]).isCloseTo(0.700702, within(1e-6));
        double[] none = Wilson.interval(0, 20);
        assertThat(none[0]).isEqualTo(0);
        assertThat(none[1]).isCloseTo(0.161125, within(1e-6));
        double[] all = Wilson.interval(20, 20);
        assertThat(all[1]).isEqualTo(1);
        assertThat(all[0]).isCloseTo(1 - 0.161125, within(1e-6));
    }
}
