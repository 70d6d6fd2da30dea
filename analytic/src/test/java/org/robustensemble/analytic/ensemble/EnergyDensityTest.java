package org.robustensemble.analytic.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.robustensemble.analytic.gardner.Gardner;
import org.robustensemble.analytic.gardner.GardnerSolution;
import org.robustensemble.analytic.gauss.Quadrature;
import org.robustensemble.analytic.ensemble.RobustEnsemble;
import org.robustensemble.analytic.ensemble.RobustEnsembleSolution;

/**
 * The energy density e = -(1/(alpha y)) d phi/d beta (docs/theory.md 3.5) against a central finite difference of the
 * solved free entropies in beta (the envelope theorem says only the explicit derivative of the energetic term
 * counts), and its exact limits.
 */
class EnergyDensityTest {

    @Test
    void exactLimits() {
        assertThat(EnergyDensity.gardner(0.4, 0, Double.POSITIVE_INFINITY)).isZero();
        assertThat(EnergyDensity.robustEnsemble(3, 0.2, 0.4, 0, Double.POSITIVE_INFINITY)).isZero();
        // no information: half the patterns violated as beta -> 0
        assertThat(EnergyDensity.gardner(0, 0, 1e-9)).isCloseTo(0.5, within(1e-8));
        // y = 1: H_beta solves the heat equation, the inner average folds into the outer one: Gardner at q0;
        // q0 = q1: no inner average, Gardner at q1
        assertThat(EnergyDensity.robustEnsemble(1, 0.2, 0.5, 0, 2)).isCloseTo(EnergyDensity.gardner(0.2, 0, 2), within(1e-10));
        assertThat(EnergyDensity.robustEnsemble(3, 0.5, 0.5, 0, 2)).isCloseTo(EnergyDensity.gardner(0.5, 0, 2), within(1e-10));
    }

    @Test
    void gardnerEnergyIsMinusTheBetaDerivativeOfTheFreeEntropy() {
        double alpha = 0.5;
        double h = 1e-4;
        for (double beta : new double[] {1, 2, 3}) {
            GardnerSolution s = new Gardner(Quadrature.defaults(), 0, beta).solve(alpha);
            double fd = -(new Gardner(Quadrature.defaults(), 0, beta + h).solve(alpha).entropy()
                    - new Gardner(Quadrature.defaults(), 0, beta - h).solve(alpha).entropy()) / (2 * h) / alpha;
            assertThat(EnergyDensity.gardner(s.q(), 0, beta)).as("beta=%s", beta).isCloseTo(fd, within(1e-7));
        }
    }

    @Test
    void robustEnsembleEnergyIsMinusTheBetaDerivativeOfPhiOverAlphaY() {
        double alpha = 0.4;
        double y = 3;
        double gamma = 0.75;
        double beta = 2;
        double h = 1e-4;
        RobustEnsembleSolution s = new RobustEnsemble(Quadrature.defaults(), 0, beta).solve(alpha, y, gamma);
        double fd = -(new RobustEnsemble(Quadrature.defaults(), 0, beta + h).solve(alpha, y, gamma).phi()
                - new RobustEnsemble(Quadrature.defaults(), 0, beta - h).solve(alpha, y, gamma).phi()) / (2 * h)
                / (alpha * y);
        double e = EnergyDensity.robustEnsemble(y, s.q0(), s.q1(), 0, beta);
        assertThat(e).isCloseTo(fd, within(1e-6));
        // the coupling changes the energy: a wrong gamma = 0 (Gardner) value differs
        assertThat(Math.abs(e - EnergyDensity.gardner(new Gardner(Quadrature.defaults(), 0, beta).solve(alpha).q(), 0, beta)))
                .isGreaterThan(1e-4);
    }
}
