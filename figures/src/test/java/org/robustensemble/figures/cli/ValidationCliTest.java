package org.robustensemble.figures.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The validation and teacher-student commands: {@code theory teacher}, the energy column of {@code theory gardner}
 * and {@code theory re} at finite beta, {@code validate list} and the input checks of {@code validate suite} (the
 * suite itself runs in the validation module's SuiteTest).
 */
class ValidationCliTest {

    @Test
    void theoryTeacher() {
        TheoryCliTest.Result r = TheoryCliTest.run("theory", "teacher", "--alpha", "0,0.6,1.3");
        assertThat(r.code()).isZero();
        assertThat(r.header()).isEqualTo("alpha,R,entropy,q,qhat");
        assertThat(r.out()).contains("# alpha_perfect=1.24468");
        assertThat(Double.parseDouble(r.row(0)[2])).isCloseTo(Math.log(2), within(1e-12));
        assertThat(Double.parseDouble(r.row(0)[1])).isZero();
        double rr = Double.parseDouble(r.row(1)[1]);
        assertThat(rr).isGreaterThan(0.3).isLessThan(0.4);
        // beyond the transition: perfect learning
        assertThat(r.row(2)).containsExactly("1.3", "1", "0", "1", "inf");
        assertThat(TheoryCliTest.run("theory", "teacher", "--alpha", "-1").code()).isEqualTo(Main.EXIT_USAGE);
    }

    @Test
    void energyColumnAtFiniteBeta() {
        TheoryCliTest.Result g = TheoryCliTest.run("theory", "gardner", "--alpha", "0.5", "--beta", "2");
        assertThat(g.code()).isZero();
        assertThat(g.header()).isEqualTo("alpha,q,qhat,entropy,energy");
        double e = Double.parseDouble(g.row(0)[4]);
        assertThat(e).isGreaterThan(0).isLessThan(0.5);
        // zero temperature: no energy column (only solutions count)
        assertThat(TheoryCliTest.run("theory", "gardner", "--alpha", "0.5").header()).isEqualTo("alpha,q,qhat,entropy");
        TheoryCliTest.Result re = TheoryCliTest.run("theory", "re", "--alpha", "0.4", "--y", "1", "--gamma", "0", "--beta", "2");
        assertThat(re.code()).isZero();
        assertThat(re.header()).endsWith(",qhat1,energy");
        // y = 1, gamma = 0: the replica is a Gardner system at the same beta
        double reE = Double.parseDouble(re.row(0)[13]);
        double gE = Double.parseDouble(TheoryCliTest.run("theory", "gardner", "--alpha", "0.4", "--beta", "2").row(0)[4]);
        assertThat(reE).isCloseTo(gE, within(1e-8));
    }

    @Test
    void validateListAndBadInput() {
        TheoryCliTest.Result r = TheoryCliTest.run("validate", "list");
        assertThat(r.code()).isZero();
        assertThat(r.header()).isEqualTo("check,description");
        assertThat(r.dataLines()).hasSize(8);
        assertThat(r.dataLines().get(1)).startsWith("enumeration,");
        TheoryCliTest.Result bad = TheoryCliTest.run("validate", "suite", "--only", "nope");
        assertThat(bad.code()).isEqualTo(Main.EXIT_USAGE);
        assertThat(bad.err()).contains("unknown check 'nope'").contains("enumeration");
        assertThat(TheoryCliTest.run("validate", "suite", "--size", "huge").code()).isEqualTo(Main.EXIT_USAGE);
        assertThat(TheoryCliTest.run("validate", "suite", "--threads", "0").code()).isEqualTo(Main.EXIT_USAGE);
    }
}
