/**
 * The Gardner ensemble (docs/theory.md 3.1; Gardner 1988, Krauth and Mezard 1989): the replica-symmetric entropy of
 * the solutions at load alpha, for binary and general weight sets, margin and temperature, and the capacity
 * alpha_c where it vanishes ({@link org.robustensemble.analytic.gardner.Gardner}, {@link
 * org.robustensemble.analytic.gardner.GardnerSolution}).
 */
package org.robustensemble.analytic.gardner;
