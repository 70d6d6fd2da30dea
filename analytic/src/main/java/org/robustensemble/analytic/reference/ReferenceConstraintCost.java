package org.robustensemble.analytic.reference;

import org.robustensemble.analytic.ensemble.RobustEnsembleSolution;
import org.robustensemble.analytic.gauss.GaussianFunctions;
import org.robustensemble.analytic.gauss.GaussianRule;

/**
 * How far the references of a finite-y robust-ensemble saddle point are from being solutions: the first-order cost
 * of constraining the reference to be a solution (analytic/docs/dense-reference.md section 9.4).
 *
 * <p>At an unconstrained RS saddle point of docs/theory.md 3.2 (zero margin, beta = infinity), the reference spin s and
 * the group field z1 of one site, given the common field z0, have the weight Dz1 [2cosh(h + s gamma)]^y with
 * h = sqrt(qh0) z0 + sqrt(qh1 - qh0) z1. From it: the reference's magnetization m~(z0), the replicas' m(z0), and the
 * overlaps Qt = E m~^2 (two references), p0 = E m~ m (a reference and another reference's replica),
 * S = E[s tanh(h + s gamma)] and, as a check, q0 = E m^2 and q1 = E[tanh^2] (which must equal the saddle point's).
 * The pattern fields are then jointly Gaussian as in dense-reference.md section 1: common (gt, g) with Var Qt, q0,
 * Cov p0; per group lambda^b = g + sqrt(q1 - q0) x + sqrt(1 - q1) eta_b and lambda~ = gt + a2 x + a3 t with
 * a2 = (S - p0)/sqrt(q1 - q0), a3^2 = 1 - Qt - a2^2. Adding the factor "the reference is a solution" to the
 * energetic term at fixed order parameters changes phi_RE by
 *
 * <pre>  cost = alpha ( E_{gt,g} ln E_x[ H(-(gt + a2 x)/a3) H(-lambda/sqrt(1-q1))^y ] - E_g ln E_x[ H(.)^y ] ) &lt;= 0,</pre>
 *
 * the log-probability per weight that a reference of the ensemble satisfies all patterns (to first order: the
 * constrained saddle point re-optimises the order parameters, which can only raise its free entropy, so |cost| bounds
 * the change of phi from above in this approximation). It is 0 when the constraint is slack, and exactly
 * alpha ln(1/2) at gamma = 0 (the reference is then independent of the replicas and satisfies each pattern with
 * probability 1/2).
 *
 * <p>Numerics: both inner integrals can be sharply peaked and far from the origin at large y, so they are done on
 * uniform grids that follow the peak (z1: the window |z1| &lt;= y sqrt(qh1 - qh0) + 14 with 4001 points; x: a coarse
 * scan for the peak, then 4801 points of step 0.005 around it); the z0 average uses a uniform grid of 1501 points on
 * [0, 9] (the site measure's magnetizations switch sign over a width ~ 1/y in z0, which a Gauss-Hermite rule would
 * not resolve; the integrands are even in z0), the (gt, g) average a 61 x 61 Gauss-Hermite product. The check
 * overlaps reproduce the saddle point's q0, q1 and S to about 1e-7.
 */
public final class ReferenceConstraintCost {

    private static final int OUTER = 61;

    private ReferenceConstraintCost() {
    }

    /**
     * @param cost       alpha (E ln E_x[H_ref H^y] - E ln E_x[H^y]), &lt;= 0
     * @param qt         reference-reference overlap Qt
     * @param p0         overlap of a reference with the replicas of another reference
     * @param overlap    S recomputed from the site measure (check against the saddle point)
     * @param q0         q0 recomputed (check)
     * @param q1         q1 recomputed (check)
     * @param a3Squared  the reference's own field variance 1 - Qt - a2^2 (must be &gt; 0)
     */
    public record Result(double cost, double qt, double p0, double overlap, double q0, double q1, double a3Squared) {
    }

    /**
     * @param s a converged finite-y saddle point of the zero-margin, beta = infinity equations ({@link RobustEnsemble}
     *          with its default constructor, or a {@link ZeroComplexityCurve} point)
     * @return the first-order cost and the reference overlaps
     * @throws ArithmeticException if the overlaps do not form a valid covariance (a3^2 &lt;= 0) or a value is not
     *                             finite
     */
    public static Result evaluate(RobustEnsembleSolution s) {
        double y = s.y();
        double gamma = s.gamma();
        double qh0 = s.qHat0();
        double dqh = s.qHat1() - qh0;
        GroupMeasures.check(s);
        double[] site = GroupMeasures.site(y, gamma, qh0, dqh);
        double qt = site[0];
        double p0 = site[1];
        double overlap = site[2];
        double q0 = site[3];
        double q1 = site[4];
        double c = Math.sqrt(s.q1() - s.q0());
        double a2 = (overlap - p0) / c;
        double a3sq = 1 - qt - a2 * a2;
        if (!(a3sq > 0)) {
            throw new ArithmeticException("reference overlaps give no valid covariance: 1 - Qt - a2^2 = " + a3sq);
        }
        double cost = s.alpha() * energeticDifference(y, s.q0(), s.q1(), qt, p0, a2, Math.sqrt(a3sq));
        if (!Double.isFinite(cost)) {
            throw new ArithmeticException("constraint cost is not finite at " + s);
        }
        return new Result(cost, qt, p0, overlap, q0, q1, a3sq);
    }

    /** E_{gt,g} ln E_x[H_ref H^y] - E_g ln E_x[H^y]. */
    private static double energeticDifference(double y, double q0, double q1, double qt, double p0, double a2,
            double a3) {
        GaussianRule rule = GaussianRule.hermite(OUTER);
        double c = Math.sqrt(q1 - q0);
        double sd = Math.sqrt(1 - q1);
        double r = Math.sqrt(Math.max(qt - p0 * p0 / q0, 0));
        int nx = GroupMeasures.X_POINTS;
        double[] xs = new double[nx];
        double[] lb = new double[nx];
        double total = 0;
        for (int i = 0; i < rule.size(); i++) {
            double u1 = rule.node(i);
            double g = Math.sqrt(q0) * u1;
            double max = GroupMeasures.groupWindow(g, y, c, sd, xs, lb);
            double base = 0;
            for (int j = 0; j < nx; j++) {
                base += Math.exp(lb[j] - max);
            }
            double lnBase = Math.log(base);
            double inner = 0;
            for (int k = 0; k < rule.size(); k++) {
                double gt = (p0 / Math.sqrt(q0)) * u1 + r * rule.node(k);
                double sum = 0;
                for (int j = 0; j < nx; j++) {
                    sum += Math.exp(lb[j] - max + GaussianFunctions.lnH(-(gt + a2 * xs[j]) / a3));
                }
                inner += rule.weight(k) * (Math.log(sum) - lnBase);
            }
            total += rule.weight(i) * inner;
        }
        return total;
    }
}
