/**
 * Local entropy around typical (equilibrium) solutions: the Franz-Parisi potential (Huang and Kabashima, PRE 90,
 * 052813 (2014); docs/theory.md 3.4 and 7) for binary weights ({@link
 * org.robustensemble.analytic.typical.FranzParisi}) and any symmetric weight set ({@link
 * org.robustensemble.analytic.typical.MultiStateFranzParisi}); it stays below the dense-region curves of {@link
 * org.robustensemble.analytic.curve}.
 */
package org.robustensemble.analytic.typical;
