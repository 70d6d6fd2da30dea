package org.robustensemble.simulation.bp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Single message updates against hand-computed values, for both representations. */
class MessageAlgebraTest {

    @ParameterizedTest
    @EnumSource(Representation.class)
    void combineAndCavityAreInverse(Representation r) {
        MessageAlgebra a = r.algebra();
        double x = a.fromMagnetization(0.3);
        double z = a.fromMagnetization(-0.6);
        double c = a.combine(x, z);
        // (0.3 - 0.6) / (1 - 0.18)
        assertThat(a.toMagnetization(c)).isCloseTo(-0.3 / 0.82, within(1e-14));
        assertThat(a.toMagnetization(a.cavity(c, z))).isCloseTo(0.3, within(1e-14));
        assertThat(a.toMagnetization(a.neutral())).isEqualTo(0.0);
    }

    @ParameterizedTest
    @EnumSource(Representation.class)
    void erfMessageWithLabelMatchesHandComputation(Representation r) {
        MessageAlgebra a = r.algebra();
        // mubar = 0.3, s2bar = 2, xi = +1, label +1: a+- = (0.3 +- 1)/2;
        // m = (erfc(-a+) - erfc(-a-)) / (erfc(-a+) + erfc(-a-)) (Python math.erfc)
        double u = a.erfMessage(0.3, 2.0, 1.0, a.certain(+1));
        assertThat(a.toMagnetization(u)).isCloseTo(0.4514231593886796, within(1e-13));
        assertThat(a.toField(u)).isCloseTo(0.48648624056352635, within(1e-12));
        // flipping label, mubar and xi together leaves the message unchanged; flipping only xi flips it
        double v = a.erfMessage(-0.3, 2.0, -1.0, a.certain(-1));
        assertThat(a.toMagnetization(v)).isCloseTo(0.4514231593886796, within(1e-13));
        double w = a.erfMessage(-0.3, 2.0, 1.0, a.certain(-1));
        assertThat(a.toMagnetization(w)).isCloseTo(-0.4514231593886796, within(1e-13));
    }

    @ParameterizedTest
    @EnumSource(Representation.class)
    void erfMessageWithSoftOutputMatchesHandComputation(Representation r) {
        MessageAlgebra a = r.algebra();
        // Hout = 0.4: m = Hout (erf a+ - erf a-) / (2 + Hout (erf a+ + erf a-))
        double u = a.erfMessage(0.3, 2.0, 1.0, a.fromMagnetization(0.4));
        assertThat(a.toMagnetization(u)).isCloseTo(0.19408699230221066, within(1e-13));
    }

    @Test
    void fieldRepresentationIsPreciseInTheTail() {
        // mubar = -40, s2bar = 3, xi = -1, label +1: field = (ln erfc(41/sqrt 6) - ln erfc(39/sqrt 6))/2 (mpmath)
        MessageAlgebra a = Representation.FIELD.algebra();
        assertThat(a.erfMessage(-40, 3.0, -1.0, a.certain(1))).isCloseTo(-13.358245545930222903, within(1e-10));
        MessageAlgebra mg = Representation.MAGNETIZATION.algebra();
        assertThat(mg.erfMessage(-40, 3.0, -1.0, mg.certain(1))).isCloseTo(Math.tanh(-13.358245545930222903), within(1e-14));
    }

    @ParameterizedTest
    @EnumSource(Representation.class)
    void focusingMessageMatchesHandComputation(Representation r) {
        MessageAlgebra a = r.algebra();
        // p = tanh(0.5), m = 0.3, y = 3: u = p tanh(2 atanh(p m))
        double c = a.fromMagnetization(0.3);
        assertThat(a.toMagnetization(a.focusing(c, 0.5, 3))).isCloseTo(0.12571515220263693, within(1e-14));
        assertThat(a.toMagnetization(a.focusing(c, 0.5, 1))).isEqualTo(0.0);
        assertThat(a.toMagnetization(a.focusing(c, 0.0, 5))).isEqualTo(0.0);
        assertThat(a.toMagnetization(a.focusing(c, 0.5, Double.POSITIVE_INFINITY))).isCloseTo(Math.tanh(0.5), within(1e-14));
        // gamma = infinity: u = tanh((y-1) atanh m), i.e. the field (y-1) h (standard reinforcement)
        assertThat(a.toField(a.focusing(c, Double.POSITIVE_INFINITY, 3))).isCloseTo(2 * 0.5 * Math.log(1.3 / 0.7), within(1e-12));
    }

    @ParameterizedTest
    @EnumSource(Representation.class)
    void dampingMixesMagnetizations(Representation r) {
        MessageAlgebra a = r.algebra();
        double d = a.damp(a.fromMagnetization(0.2), a.fromMagnetization(0.6), 0.25);
        assertThat(a.toMagnetization(d)).isCloseTo(0.25 * 0.2 + 0.75 * 0.6, within(1e-14));
        assertThat(a.distance(a.fromMagnetization(0.2), a.fromMagnetization(0.6))).isCloseTo(0.4, within(1e-14));
    }

    @Test
    void bothRepresentationsAgreeWhereNeitherSaturates() {
        MessageAlgebra f = Representation.FIELD.algebra();
        MessageAlgebra p = Representation.MAGNETIZATION.algebra();
        SplittableRandom rng = new SplittableRandom(7);
        for (int t = 0; t < 20000; t++) {
            double mubar = rng.nextDouble(-8, 8);
            double s2 = rng.nextDouble(0.5, 20);
            double xi = rng.nextBoolean() ? 1 : -1;
            double hm = rng.nextDouble(-0.99, 0.99);
            double[] outs = {hm, 1.0, -1.0};
            for (double o : outs) {
                double uf = f.erfMessage(mubar, s2, xi, Math.abs(o) == 1 ? f.certain((int) o) : f.fromMagnetization(o));
                double up = p.erfMessage(mubar, s2, xi, Math.abs(o) == 1 ? p.certain((int) o) : p.fromMagnetization(o));
                if (Math.abs(Math.tanh(uf)) < 0.999) {
                    assertThat(p.toMagnetization(up)).as("mubar %s s2 %s out %s", mubar, s2, o)
                            .isCloseTo(f.toMagnetization(uf), within(1e-10));
                }
            }
            for (MessageAlgebra a : new MessageAlgebra[] {f, p}) {
                double old = a.fromMagnetization(rng.nextDouble(-0.9, 0.9));
                double lam = rng.nextBoolean() ? 0.0 : 0.5;
                double lab = a.certain(rng.nextBoolean() ? 1 : -1);
                double fused = a.erfMessageDamped(mubar, s2, xi, lab, old, lam);
                double plain = a.damp(old, a.erfMessage(mubar, s2, xi, lab), lam);
                assertThat(a.toMagnetization(fused)).isCloseTo(a.toMagnetization(plain), within(1e-12));
            }
            double m1 = rng.nextDouble(-0.95, 0.95);
            double m2 = rng.nextDouble(-0.95, 0.95);
            double g = rng.nextDouble(0, 3);
            double y = rng.nextDouble(1, 30);
            assertThat(p.toMagnetization(p.focusing(p.fromMagnetization(m1), g, y)))
                    .isCloseTo(f.toMagnetization(f.focusing(f.fromMagnetization(m1), g, y)), within(1e-10));
            assertThat(p.toMagnetization(p.combine(p.fromMagnetization(m1), p.fromMagnetization(m2))))
                    .isCloseTo(f.toMagnetization(f.combine(f.fromMagnetization(m1), f.fromMagnetization(m2))), within(1e-12));
        }
    }
}
