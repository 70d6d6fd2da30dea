package org.robustensemble.figures.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
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

    @Test
    void aCurvePointDoesNotDependOnTheOtherPointsRequested() {
        TheoryCliTest.Result alone = run("theory", "curve", "--alpha", "0.6", "--y", "4", "--d", "0.05");
        TheoryCliTest.Result many = run("theory", "curve", "--alpha", "0.6", "--y", "4", "--d", "0.05,0.1,0.15");
        assertThat(alone.code()).isZero();
        assertThat(many.code()).isZero();
        // the whole row, to the last printed digit
        assertThat(alone.dataLines().get(1)).isEqualTo(many.dataLines().get(1));
        assertThat(Double.parseDouble(alone.row(0)[3])).isCloseTo(0.796143, org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void breakUpWithABracketAboveTheCapacityOfItsMarginIsRefused() {
        TheoryCliTest.Result r = run("theory", "breakup", "--kappa", "0.5");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip().lines().count()).isEqualTo(1);
        assertThat(r.err()).contains("capacity");
    }

    /** The README's break-up command with its defaults: alpha_U = 0.7553 (analytic/docs/dense-reference.md 8). */
    @Test
    @Tag("slow")
    void breakUpWithItsDefaults() {
        TheoryCliTest.Result r = run("theory", "breakup");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Double.parseDouble(r.row(0)[0])).isCloseTo(0.7553, org.assertj.core.api.Assertions.within(1e-4));
    }

    /** The Sigma_ext = 0 break-up with its defaults (dense-reference.md 9.2: 0.766823). */
    @Test
    @Tag("slow")
    void zeroComplexityBreakUpWithItsDefaults() {
        TheoryCliTest.Result r = run("theory", "breakup", "--criterion", "sigma0");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Double.parseDouble(r.row(0)[0])).isCloseTo(0.766823, org.assertj.core.api.Assertions.within(1e-5));
    }

    @Test
    void gardnerKeepsTheGoodRowsWhenOneLoadFails() {
        TheoryCliTest.Result r = run("theory", "gardner", "--alpha", "0.9,1.0,1.2");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.dataLines()).hasSize(4);
        assertThat(r.row(0)[0]).isEqualTo("0.9");
        assertThat(Double.parseDouble(r.row(0)[3])).isNegative();
        assertThat(r.row(1)[3]).isNotEmpty();
        assertThat(r.row(2)[3]).isEmpty();
        assertThat(r.err()).contains("alpha=1.2");
    }

    @Test
    void aListOfCouplingsAtFiniteYIsContinuedAndEachRowIsTheSingleCouplingRow() {
        TheoryCliTest.Result one = run("theory", "re", "--alpha", "0.6", "--y", "4", "--gamma", "0.5");
        TheoryCliTest.Result list = run("theory", "re", "--alpha", "0.6", "--y", "4", "--gamma", "0:0.25:0.75");
        assertThat(one.code()).isZero();
        assertThat(list.code()).isZero();
        assertThat(list.dataLines()).hasSize(5);
        assertThat(list.dataLines().get(3)).isEqualTo(one.dataLines().get(1));
    }

    @Test
    void capacityAtAMarginItCannotResolveIsRefusedAndTheLargestAcceptedOneWorks() {
        TheoryCliTest.Result r = run("theory", "capacity", "--kappa", "3");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip().lines().count()).isEqualTo(1);
        assertThat(r.err()).contains("--kappa 3");
        TheoryCliTest.Result two = run("theory", "capacity", "--kappa", "2");
        assertThat(two.code()).isZero();
        assertThat(Double.parseDouble(two.row(0)[0])).isCloseTo(0.11649, org.assertj.core.api.Assertions.within(1e-5));
    }
}
