package org.robustensemble.analytic.typical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.robustensemble.analytic.gauss.Quadrature;

/** The Franz-Parisi potential with a reference of larger margin than the counted solutions. */
class FranzParisiReferenceMarginTest {

    @Test
    void equalMarginsThroughTheTwoMarginPathReproduceTheOneMarginCurve() {
        Quadrature q = Quadrature.defaults();
        double[] ds = {0.1};
        List<FranzParisiSolution> one = new FranzParisi(q, 0.1, Double.POSITIVE_INFINITY).curve(0.6, ds);
        List<FranzParisiSolution> two = new FranzParisi(q, 0.1, 0.1, Double.POSITIVE_INFINITY).curveFromEqualMargins(0.6, ds);
        for (int i = 0; i < ds.length; i++) {
            assertThat(two.get(i).entropy()).isCloseTo(one.get(i).entropy(), within(1e-9));
        }
    }

    /**
     * alpha = 0.6 (and, slow, 0.75): around a typical solution (kappaRef = 0) the curve is negative below d ~ 0.016 (isolated solutions,
     * docs/theory.md 3.4); around a typical solution of margin 0.2 (s_G(0.2) = 0.0668 at alpha = 0.6) it stays positive
     * down to d = 0.005 and below H2(d): wide-margin solutions sit in dense regions. At alpha = 0.75 with a reference
     * close to the largest margin (kappaRef = 0.08, kappa_max ~ 0.082) the curve is no longer monotone: it dips below
     * zero near d = 0.01-0.015 and recovers.
     */
    @Test
    void wideMarginReferencesAreDenseAtAlpha06() {
        Quadrature q = Quadrature.defaults();
        double[] ds = {0.1, 0.04, 0.01, 0.005};
        List<FranzParisiSolution> wide = new FranzParisi(q, 0.2, 0, Double.POSITIVE_INFINITY).curveFromEqualMargins(0.6, ds);
        List<FranzParisiSolution> typical = new FranzParisi(q).curve(0.6, new double[] {0.01});
        double prev = Double.POSITIVE_INFINITY;
        for (int i = 0; i < ds.length; i++) {
            double s = wide.get(i).entropy();
            assertThat(s).isPositive().isLessThan(org.robustensemble.analytic.gauss.GaussianFunctions.binaryEntropy(ds[i]))
                    .isLessThan(prev);
            prev = s;
        }
        assertThat(wide.get(3).entropy()).isCloseTo(0.0266109, within(1e-6));
        assertThat(typical.get(0).entropy()).isNegative();
    }

    @Test
    @org.junit.jupiter.api.Tag("slow")
    void wideMarginReferencesAreNotMonotoneAtAlpha075() {
        Quadrature q = Quadrature.defaults();
        double[] ds2 = {0.05, 0.02, 0.0125, 0.005, 0.0025};
        List<FranzParisiSolution> edge = new FranzParisi(q, 0.08, 0, Double.POSITIVE_INFINITY).curveFromEqualMargins(0.75, ds2);
        assertThat(edge.get(0).entropy()).isPositive();
        assertThat(edge.get(2).entropy()).isNegative();
        assertThat(edge.get(4).entropy()).isPositive().isGreaterThan(edge.get(3).entropy());
    }

    @Test
    void referenceBeyondItsCapacityIsRejected() {
        // alpha_c(kappa = 0.5) = 0.4557
        assertThatThrownBy(() -> new FranzParisi(Quadrature.defaults(), 0.5, 0, Double.POSITIVE_INFINITY)
                .curveFromEqualMargins(0.6, new double[] {0.1})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("capacity");
    }
}
