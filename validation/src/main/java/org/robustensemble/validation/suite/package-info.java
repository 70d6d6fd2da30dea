/**
 * The validation suite's framework: a {@link org.robustensemble.validation.suite.Check} measures on independent
 * instances and returns a {@link org.robustensemble.validation.suite.CheckResult} of
 * {@link org.robustensemble.validation.suite.Row}s (theory, measured, standard error, allowance, pass) with its
 * negative control and a {@link org.robustensemble.validation.suite.Plot}; it runs in a
 * {@link org.robustensemble.validation.suite.Context} (CI or full {@link org.robustensemble.validation.suite.Size},
 * seed, threads, progress), spreads instances over threads with
 * {@link org.robustensemble.validation.suite.Parallel} (results independent of the thread count) and derives
 * its allowance with {@link org.robustensemble.validation.suite.Stats} (means, standard errors, extrapolation in
 * 1/N with its finite-size term); {@link org.robustensemble.validation.suite.SizeScan} holds the per-size means of
 * a Monte Carlo check and turns them into rows.
 */
package org.robustensemble.validation.suite;
