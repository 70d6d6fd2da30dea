/**
 * The checks of the validation suite, theory (module analytic) against measurement (module simulation):
 * {@link org.robustensemble.validation.check.EnumerationCheck} (exact enumeration, {@link
 * org.robustensemble.validation.check.ExactEnumeration}, vs the Gardner entropy and overlap),
 * {@link org.robustensemble.validation.check.BetheCheck} (BP at gamma = 0 vs the Gardner theory),
 * {@link org.robustensemble.validation.check.FiniteTemperatureCheck} (Metropolis at fixed beta vs the
 * finite-beta Gardner theory), {@link org.robustensemble.validation.check.ReplicatedCheck} (the robust ensemble as a
 * Monte Carlo system with an explicit reference vs the finite-y, finite-beta RE),
 * {@link org.robustensemble.validation.check.DenseRegionCheck} (local entropy around fBP and RSA solutions vs
 * the dense-region, Franz-Parisi and H2 curves) and {@link org.robustensemble.validation.check.TeacherStudentCheck}
 * (BP on planted instances vs the teacher-student theory), and {@link
 * org.robustensemble.validation.check.LocalEntropyCheck} (the band comparison of {@code re validate local-entropy});
 * {@link org.robustensemble.validation.check.Checks} lists
 * them in suite order.
 */
package org.robustensemble.validation.check;
