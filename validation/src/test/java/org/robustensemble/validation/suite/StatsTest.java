package org.robustensemble.validation.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Means, extrapolation in 1/N and the order-independent parallel map. */
class StatsTest {

    @Test
    void meanAndStandardError() {
        Stats.Mean m = Stats.mean(new double[] {1, 2, 3, 4});
        assertThat(m.mean()).isEqualTo(2.5);
        assertThat(m.stdError()).isCloseTo(Math.sqrt(5.0 / 3 / 4), within(1e-15));
    }

    @Test
    void extrapolationRecoversAnExactLawAndItsError() {
        double[] n = {11, 13, 15, 17, 19};
        double[] y = new double[n.length];
        double[] se = new double[n.length];
        for (int i = 0; i < n.length; i++) {
            y[i] = 0.5 + 0.3 / n[i];
            se[i] = 0.01;
        }
        Stats.Extrapolation x = Stats.extrapolate(n, y, se);
        assertThat(x.value()).isCloseTo(0.5, within(1e-12));
        assertThat(x.slope()).isCloseTo(0.3, within(1e-10));
        assertThat(x.finiteSize()).isCloseTo(0, within(1e-10));
        // a 1/N^2 term shows up in the finite-size term
        for (int i = 0; i < n.length; i++) {
            y[i] = 0.5 + 0.3 / n[i] + 20 / (n[i] * n[i]);
        }
        assertThat(Stats.extrapolate(n, y, se).finiteSize()).isGreaterThan(0.05);
        // two sizes: the intercept's error is propagated, sqrt of the intercept's variance
        Stats.Extrapolation two = Stats.extrapolate(new double[] {1000, 2000}, new double[] {1, 1}, new double[] {0.01, 0.01});
        double a = 2.0; // intercept = 2 y(2000) - y(1000)
        assertThat(two.stdError()).isCloseTo(0.01 * Math.sqrt(a * a + 1), within(1e-9));
    }

    @Test
    void parallelResultsAreInTaskOrderForAnyThreadCount() {
        Context one = new Context(Size.CI, 1, 1, s -> { });
        Context four = new Context(Size.CI, 1, 4, s -> { });
        List<Long> a = Parallel.map(50, one, null, i -> new java.util.SplittableRandom(i).nextLong());
        List<Long> b = Parallel.map(50, four, null, i -> new java.util.SplittableRandom(i).nextLong());
        assertThat(b).isEqualTo(a);
    }

    @Test
    void rowsFailOnNonFiniteValuesAndRespectTheirRelation() {
        assertThat(Row.of("c", "x", "", 1, Double.NaN, 0, 1, Row.Relation.EQUAL).pass()).isFalse();
        assertThat(Row.of("c", "x", "", 1, 1.5, 0, 0.6, Row.Relation.EQUAL).pass()).isTrue();
        assertThat(Row.of("c", "x", "", 1, 1.5, 0, 0.6, Row.Relation.ABOVE).pass()).isFalse();
        assertThat(Row.of("c", "x", "", 1, 1.7, 0, 0.6, Row.Relation.ABOVE).pass()).isTrue();
        assertThat(Row.of("c", "x", "", 1, 1.7, 0, 0.6, Row.Relation.BELOW).pass()).isFalse();
    }
}
