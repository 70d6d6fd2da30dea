package org.robustensemble.analytic.curve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.robustensemble.analytic.ensemble.RobustEnsemble;
import org.robustensemble.analytic.gauss.Quadrature;
import org.robustensemble.analytic.saddle.DistanceTarget;
import org.robustensemble.analytic.saddle.SaddlePointSolver;

/**
 * The y = inf dip of gamma(d) that defines the RS break-up (alpha = 0.75, d = 0.02178, gamma = 0.03956;
 * docs/dense-reference.md sections 6, 8) is the limit of the finite-y saddle points of docs/theory.md 3.2: an independent
 * code path (finite y, no Laplace limit, no reference constraint) at y = 32, 64, 128 approaches it as 1/y. So the
 * y = inf value of alpha_U is not an artefact of the y -&gt; inf scaling.
 */
class DipFiniteYLimitTest {

    @Test
    @Tag("slow")
    void finiteYGammaTendsToTheYInfinityDip() {
        double alpha = 0.75;
        BreakupPoint.Sample dip = new BreakupPoint().minimum(alpha, 0.022);
        double d = dip.dMin();
        Quadrature quad = Quadrature.defaults();
        RobustEnsemble fin = new RobustEnsemble(quad);
        // y = 32 at alpha = 0.6 (reachable by the gamma march), continued in alpha at fixed d, then in y
        DenseRegionCurve.Point p = new DenseRegionCurve(quad).compute(0.6, 32, new double[] {d}).get(0);
        assertThat(p.converged()).isTrue();
        double[] o = p.finiteSolution().orderParameters();
        double[] x = {o[0], o[1], o[2], o[3], p.finiteSolution().gamma()};
        for (int k = 1; k <= 8; k++) { // alpha = 0.62, 0.64, ..., 0.74, 0.75
            x = fixedD(fin, Math.min(0.6 + 0.02 * k, alpha), 32, d, x);
        }
        double[] gamma = new double[3];
        double y = 32;
        for (int k = 0; k < 3; k++, y *= 2) {
            if (k > 0) {
                x = fixedD(fin, alpha, y, d, x);
            }
            gamma[k] = x[4];
        }
        // 1/y convergence: successive differences halve (measured ratios 1.92, 1.95)
        double r = (gamma[0] - gamma[1]) / (gamma[1] - gamma[2]);
        assertThat(r).isBetween(1.8, 2.1);
        // second-order Richardson extrapolation in 1/y: 0.03978 against the y = inf dip 0.03956
        double r1a = 2 * gamma[1] - gamma[0];
        double r1b = 2 * gamma[2] - gamma[1];
        double extrapolated = (4 * r1b - r1a) / 3;
        assertThat(extrapolated).isCloseTo(dip.gammaMin(), within(5e-4));
        assertThat(gamma[2] - dip.gammaMin()).isPositive(); // approached from above
    }

    private static double[] fixedD(RobustEnsemble fin, double alpha, double y, double d, double[] near) {
        DistanceTarget t = new DistanceTarget((g, nr) -> fin.problem(alpha, y, g, nr), 4, d, near);
        return SaddlePointSolver.defaults(0).withTolerance(1e-11)
                .solve(t, near.clone(), "finite-y dip point at y = " + y).x();
    }
}
