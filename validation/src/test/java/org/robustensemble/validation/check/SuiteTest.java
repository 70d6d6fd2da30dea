package org.robustensemble.validation.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.robustensemble.validation.suite.Check;
import org.robustensemble.validation.suite.CheckResult;
import org.robustensemble.validation.suite.Context;
import org.robustensemble.validation.suite.Row;
import org.robustensemble.validation.suite.Size;

/**
 * The whole validation suite: at CI size every check passes and every negative control (the same measurement
 * against a wrong alpha, beta or gamma) fails; the full size behind {@code -Pfull}.
 */
class SuiteTest {

    private static List<CheckResult> run(Size size) {
        Context ctx = new Context(size, 1, Runtime.getRuntime().availableProcessors(), line -> { });
        List<CheckResult> out = new ArrayList<>();
        for (Check c : Checks.all()) {
            out.add(c.run(ctx));
        }
        return out;
    }

    private static void assertAllPass(List<CheckResult> results) {
        assertThat(results).extracting(CheckResult::name).containsExactly("enumeration", "bethe", "finite-temperature",
                "robust-ensemble-mc", "dense-regions", "teacher-student", "local-entropy");
        for (CheckResult r : results) {
            for (Row row : r.rows()) {
                assertThat(row.pass()).as("%s %s [%s]: theory %.6f measured %.6f allowance %.6f", row.check(),
                        row.quantity(), row.parameters(), row.theory(), row.measured(), row.allowance()).isTrue();
            }
            assertThat(r.rows()).as(r.name()).isNotEmpty();
            // a check that cannot fail is a defect: against the wrong prediction it must fail
            assertThat(r.controlFails()).as("%s: negative control (%s) must fail", r.name(), r.control()).isTrue();
            assertThat(r.passed()).isTrue();
        }
    }

    @Test
    void ciSuitePassesAndEveryNegativeControlFails() {
        assertAllPass(run(Size.CI));
    }

    @Tag("slow")
    @Test
    void fullSuitePasses() {
        assertAllPass(run(Size.FULL));
    }
}
