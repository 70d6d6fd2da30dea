package org.robustensemble.analytic.typical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Exact limits, the stationarity identities and the published transition load of {@link TeacherStudent}. */
class TeacherStudentTest {
    private final TeacherStudent ts = new TeacherStudent();

    @Test
    void zeroLoadHasEntropyLn2AndNoOverlap() {
        TeacherStudentSolution s = ts.poorBranch(0);
        assertThat(s.entropy()).isEqualTo(Math.log(2));
        assertThat(s.r()).isZero();
        // the general formula at q = r = 0 gives the same
        assertThat(ts.entropy(0, 0, 0)).isCloseTo(Math.log(2), within(1e-14));
    }

    @Test
    void smallLoadsFollowTheFirstOrderExpansion() {
        // R = 2 alpha / pi + O(alpha^2), s = ln 2 (1 - alpha) + O(alpha^2); the ratio tends to the limit linearly
        double a1 = 1e-3;
        double a2 = 2e-3;
        TeacherStudentSolution s1 = ts.poorBranch(a1);
        TeacherStudentSolution s2 = ts.poorBranch(a2);
        double slope = 2 * s1.r() / a1 - s2.r() / a2; // Richardson: removes the O(alpha) term of R/alpha
        assertThat(slope).isCloseTo(2 / Math.PI, within(1e-5));
        assertThat((Math.log(2) - s1.entropy()) / a1).isCloseTo(Math.log(2), within(2e-3));
        assertThat(s1.r()).isLessThan(s2.r());
    }

    @Test
    void conjugateIsTheDerivativeOfPsiAndEntropyIsStationary() {
        double alpha = 0.8;
        for (double q : new double[] {0.2, 0.5, 0.8, 0.95}) {
            double h = 1e-5;
            double dpsi = (ts.psi(q + h) - ts.psi(q - h)) / (2 * h);
            assertThat(ts.conjugate(alpha, q)).isCloseTo(2 * alpha * dpsi, within(1e-7 * (1 + Math.abs(dpsi))));
        }
        TeacherStudentSolution s = ts.poorBranch(alpha);
        assertThat(s.report().converged()).isTrue();
        double h = 1e-5;
        // stationary in q and in r
        assertThat((ts.entropy(alpha, s.q() + h, s.qHat()) - ts.entropy(alpha, s.q() - h, s.qHat())) / (2 * h))
                .isCloseTo(0, within(1e-7));
        assertThat((ts.entropy(alpha, s.q(), s.qHat() + h) - ts.entropy(alpha, s.q(), s.qHat() - h)) / (2 * h))
                .isCloseTo(0, within(1e-7));
        // envelope theorem: ds/dalpha = Psi(q)
        double ds = (ts.poorBranch(alpha + 1e-4).entropy() - ts.poorBranch(alpha - 1e-4).entropy()) / 2e-4;
        assertThat(ds).isCloseTo(ts.psi(s.q()), within(1e-6));
    }

    @Test
    void overlapGrowsAndEntropyDecreasesWithTheLoad() {
        double prevR = 0;
        double prevS = Math.log(2);
        for (double a = 0.1; a < 1.4; a += 0.1) {
            TeacherStudentSolution s = ts.poorBranch(a);
            assertThat(s.r()).isGreaterThan(prevR).isLessThan(1);
            assertThat(s.entropy()).isLessThan(prevS);
            prevR = s.r();
            prevS = s.entropy();
        }
    }

    @Test
    void perfectLearningTransitionAtThePublishedLoad() {
        TeacherStudent.Transition t = ts.perfectLearningLoad(1e-7);
        // Gyorgyi, PRA 41, 7097 (1990); Sompolinsky, Tishby, Seung, PRL 65, 1683 (1990): alpha ~ 1.245
        assertThat(t.alphaPerfect()).isCloseTo(1.245, within(1e-3));
        assertThat(Math.abs(t.at().entropy())).isLessThan(1e-9);
        // converged in the quadrature to 1e-4 and better: halving the panels does not move it
        double fine = new TeacherStudent(1.0 / 32).perfectLearningLoad(1e-7).alphaPerfect();
        assertThat(fine).isCloseTo(t.alphaPerfect(), within(1e-6));
        // the equilibrium state jumps to R = 1 there
        assertThat(ts.solve(t.alphaPerfect() + 1e-3, t.alphaPerfect()).r()).isEqualTo(1);
        assertThat(ts.solve(t.alphaPerfect() - 1e-3, t.alphaPerfect()).r()).isLessThan(0.99);
    }
}
