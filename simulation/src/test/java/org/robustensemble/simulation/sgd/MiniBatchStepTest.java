package org.robustensemble.simulation.sgd;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MiniBatchStepTest {

    private static int[] choose(int sigma, int... fields) {
        int[] chosen = new int[fields.length];
        int n = MiniBatchStep.unitsToFix(sigma, fields, chosen);
        return java.util.Arrays.copyOf(chosen, n);
    }

    @Test
    void correctPatternNeedsNothing() {
        assertThat(choose(+1, 3, -1, 5, -7, 1)).isEmpty();
        assertThat(choose(-1, -3, -1, 5, -7, 1)).isEmpty();
    }

    @Test
    void oneMissingVoteFixesTheLeastWrongUnit() {
        // votes - + - - + : h_out = -1, sigma = +1 -> (1 + 1)/2 = 1 unit; wrong units 0 (|h|=3), 2 (1), 3 (7)
        assertThat(choose(+1, -3, 5, -1, -7, 9)).containsExactly(2);
    }

    @Test
    void twoMissingVotesFixTheTwoLeastWrongUnits() {
        // h_out = -3 -> 2 units: the wrong units sorted by |h|: 2 (1), 0 (3), 1 (5), 3 (7)
        assertThat(choose(+1, -3, -5, -1, -7, 9)).containsExactly(2, 0);
    }

    @Test
    void allWrongNegativeLabelFixesThree() {
        // sigma = -1, all five votes +: h_out = 5 -> (1 + 5)/2 = 3 units, smallest fields first
        assertThat(choose(-1, 3, 1, 5, 7, 9)).containsExactly(1, 0, 2);
    }

    @Test
    void tiesGoToTheLowerIndex() {
        assertThat(choose(+1, -1, -1, -1, 3, 3)).containsExactly(0);
        assertThat(choose(+1, -1, -1, -1, -1, -1)).containsExactly(0, 1, 2);
    }

    @Test
    void perceptronNeedsItsOnlyUnit() {
        assertThat(choose(+1, -11)).containsExactly(0);
        assertThat(choose(-1, -11)).isEmpty();
    }
}
