package org.robustensemble.figures.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The theory commands answer every input with a correct result or a clear refusal: a point does not depend on the
 * others requested, out-of-domain loads are refused (exit 2, one line), failing rows do not discard good ones.
 */
class TheoryAnswersCliTest {
    private static TheoryCliTest.Result run(String... args) {
        return TheoryCliTest.run(args);
    }

    @Test
    void franzParisiAboveTheCapacityIsRefused() {
        TheoryCliTest.Result r = run("theory", "fp", "--alpha", "0.9", "--d", "0.1");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip().lines().count()).isEqualTo(1);
        assertThat(r.err()).contains("capacity");
        assertThat(r.dataLines()).isEmpty();
    }
}
