/**
 * The suite's report: {@link org.robustensemble.validation.report.ReportWriter} writes {@code report.md} (what each
 * check compares, sizes, allowance rule, rows, negative control) and one PNG plot per check (XChart).
 */
package org.robustensemble.validation.report;
