package org.robustensemble.validation.suite;

import java.util.List;

/**
 * The outcome of one check.
 *
 * @param name        the check's name
 * @param compares    what the check compares (one paragraph, for the report)
 * @param setup       sizes, instances, sweeps (for the report)
 * @param allowance   the rule of the allowance: k and the finite-size term
 * @param rows        the compared quantities
 * @param control     the negative control: which wrong prediction the same measurement is compared with
 * @param controlRows the rows of the negative control (at least one must fail)
 * @param plot        the plot of the check
 */
public record CheckResult(String name, String compares, String setup, String allowance, List<Row> rows,
        String control, List<Row> controlRows, Plot plot) {

    /** @return whether every row passes (and there is at least one) */
    public boolean rowsPass() {
        return !rows.isEmpty() && rows.stream().allMatch(Row::pass);
    }

    /** @return whether the negative control fails, as it must (a check that cannot fail is a defect) */
    public boolean controlFails() {
        return controlRows.stream().anyMatch(r -> !r.pass());
    }

    /** @return whether the check passed: every row passes and the negative control fails */
    public boolean passed() {
        return rowsPass() && controlFails();
    }
}
