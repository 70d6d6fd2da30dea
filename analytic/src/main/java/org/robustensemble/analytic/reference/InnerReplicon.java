package org.robustensemble.analytic.reference;

import org.robustensemble.analytic.ensemble.RobustEnsembleSolution;
import org.robustensemble.analytic.gardner.GardnerSolution;
import org.robustensemble.analytic.gauss.GaussianFunctions;
import org.robustensemble.analytic.gauss.GaussianRule;

/**
 * Local stability of the replica-symmetric structure among the y replicas of one reference, at a finite-y RS saddle
 * point of the robust ensemble (docs/theory.md 3.2 and 3.6, the 1RSB check of the RS results;
 * analytic/docs/dense-reference.md section 9.5).
 *
 * <p>The replicas of a group are RS with overlap q1 at the innermost level of a two-level structure whose groups are
 * weighted by the y-th power of their partition function, as the states of a 1RSB solution are weighted by the
 * m-th power. The replicon of that innermost level (the de Almeida-Thouless condition for breaking the group into
 * clusters; the "type I" instability of 1RSB with m -&gt; y) is
 *
 * <pre>  lambda = alpha E_z0 &lt;f''(lambda)^2&gt;_E  E_z0 &lt;(1 - tanh^2(h + s gamma))^2&gt;_S ,</pre>
 *
 * where f(lambda) = ln H(-lambda/sqrt(1 - q1)) is one replica's energetic factor as a function of its field
 * lambda = sqrt(q0) z0 + sqrt(q1 - q0) x, &lt;.&gt;_E the average over x with weight Dx H(.)^y, and &lt;.&gt;_S the
 * average over (s, z1) with weight Dz1 [2cosh(h + s gamma)]^y ({@link GroupMeasures}). The RS group is locally stable
 * for lambda &lt; 1. At gamma -&gt; 0 (q1 -&gt; q0) the groups dissolve into independent replicas and lambda becomes the
 * Gardner replicon alpha E[f''^2] E[(1 - tanh^2(sqrt(qh) z))^2] of the binary perceptron ({@link #gardner}).
 */
public final class InnerReplicon {
    private static final int OUTER = 201;
    private static final double OUTER_MAX = 9;

    private InnerReplicon() {
    }

    /**
     * @param value     lambda, the replicon of the groups (stable below 1)
     * @param energetic E_z0 &lt;f''^2&gt;_E
     * @param entropic  E_z0 &lt;(1 - t^2)^2&gt;_S
     */
    public record Result(double value, double energetic, double entropic) {
    }

    /**
     * @param s a converged finite-y saddle point (zero margin, beta = infinity) with q1 &gt; q0
     * @return the replicon of the replicas of one reference
     */
    public static Result evaluate(RobustEnsembleSolution s) {
        double y = s.y();
        double qh0 = s.qHat0();
        double dqh = s.qHat1() - qh0;
        GroupMeasures.check(s);
        double entropic = GroupMeasures.site(y, s.gamma(), qh0, dqh)[5];
        double q0 = s.q0();
        double q1 = s.q1();
        double c = Math.sqrt(q1 - q0);
        double sd = Math.sqrt(1 - q1);
        double[] xs = new double[GroupMeasures.X_POINTS];
        double[] lb = new double[GroupMeasures.X_POINTS];
        // the energetic average is smooth in z0 (no sign switch), but the tilted x-measure moves fast where g << 0:
        // a uniform grid on [-9, 9] keeps the scheme the same as the entropic side's
        double dz = 2 * OUTER_MAX / (OUTER - 1);
        double wsum = 0;
        double energetic = 0;
        for (int k = 0; k < OUTER; k++) {
            double z0 = -OUTER_MAX + k * dz;
            double w0 = Math.exp(-z0 * z0 / 2) * (k == 0 || k == OUTER - 1 ? 0.5 : 1);
            double g = Math.sqrt(q0) * z0;
            double max = GroupMeasures.groupWindow(g, y, c, sd, xs, lb);
            double z = 0;
            double f2 = 0;
            for (int j = 0; j < xs.length; j++) {
                double e = Math.exp(lb[j] - max);
                double fpp = secondDerivative(g + c * xs[j], sd);
                z += e;
                f2 += e * fpp * fpp;
            }
            wsum += w0;
            energetic += w0 * f2 / z;
        }
        energetic /= wsum;
        double value = s.alpha() * energetic * entropic;
        if (!Double.isFinite(value)) {
            throw new ArithmeticException("replicon is not finite at " + s);
        }
        return new Result(value, energetic, entropic);
    }

    /**
     * The replicon of the Gardner saddle point (binary weights, zero margin, beta = infinity):
     * alpha E_z[f''(sqrt(q) z)^2] E_z[(1 - tanh^2(sqrt(qh) z))^2] with f(lambda) = ln H(-lambda/sqrt(1 - q)).
     */
    public static Result gardner(GardnerSolution g) {
        GaussianRule rule = GaussianRule.hermite(400);
        double q = g.q();
        double sd = Math.sqrt(1 - q);
        double e = rule.expect(z -> {
            double f = secondDerivative(Math.sqrt(q) * z, sd);
            return f * f;
        });
        double sq = Math.sqrt(g.qHat());
        double m = rule.expect(z -> {
            double t = GaussianFunctions.tanh(sq * z);
            double one = 1 - t * t;
            return one * one;
        });
        return new Result(g.alpha() * e * m, e, m);
    }

    /**
     * d^2/dlambda^2 ln H(-lambda/sd) = r (u - r)/sd^2 with u = -lambda/sd and r = G(u)/H(u) (d r/du = r (r - u)).
     */
    static double secondDerivative(double lambda, double sd) {
        double u = -lambda / sd;
        double r = GaussianFunctions.gOverH(u);
        return r * (u - r) / (sd * sd);
    }
}
