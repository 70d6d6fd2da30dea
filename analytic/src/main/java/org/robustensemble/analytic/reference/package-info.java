/**
 * References constrained to be solutions and the finite-y references' distance from that (analytic/docs/dense-
 * reference.md): the dense-reference free entropy at fixed distance (Baldassi et al., PRL 115, 128101 (2015);
 * {@link org.robustensemble.analytic.reference.DenseReference}), the first-order cost of constraining a robust-
 * ensemble reference ({@link org.robustensemble.analytic.reference.ReferenceConstraintCost}), the group-tilted
 * measures they share ({@link org.robustensemble.analytic.reference.GroupMeasures}) and the replicon of the
 * replicas around one reference ({@link org.robustensemble.analytic.reference.InnerReplicon}).
 */
package org.robustensemble.analytic.reference;
