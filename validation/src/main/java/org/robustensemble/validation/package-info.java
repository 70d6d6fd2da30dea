/**
 * Theory (module analytic) against measurement (module simulation). The suite lives in {@code suite} (the check
 * interface, allowance statistics, runner), {@code check} (the checks) and {@code report} (report.md and plots);
 * {@code LocalEntropyValidation} here is the band comparison of {@code re validate local-entropy}, also the
 * suite's {@code local-entropy} check. validation/docs/validation-suite.md describes every check.
 */
package org.robustensemble.validation;
