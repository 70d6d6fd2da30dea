package org.robustensemble.analytic.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The finite-beta energetic maxima against a brute-force scan of the objective. */
class InnerMaximaTest {

    @Test
    void finiteBetaMaximaAreExactlyTheLocalMaximaOfABruteForceScan() {
        double[] w = new double[2];
        for (double beta : new double[] {0.3, 1, 3, 8, 25}) {
            PatternFactor f = new PatternFactor(0, beta);
            for (double k : new double[] {0.05, 0.7, 3, 20, 400}) {
                InnerMaxima.EnergeticMaxima em = new InnerMaxima.EnergeticMaxima(f, k);
                for (double w0 = -12; w0 <= 4; w0 += 0.77) {
                    int n = em.maxima(w0, w);
                    List<Double> scan = scanMaxima(em, w0, k);
                    assertThat(n).as("beta=%s k=%s w0=%s scan=%s", beta, k, w0, scan).isEqualTo(scan.size());
                    for (int i = 0; i < n; i++) {
                        assertThat(w[i]).isCloseTo(scan.get(i), within(2e-3 * Math.max(1, Math.sqrt(k))));
                        // stationary to rounding
                        assertThat(em.g(w[i]) - w0).isCloseTo(0, within(1e-9 * Math.max(1, Math.abs(w0) + k)));
                    }
                }
            }
        }
    }

    @Test
    void jumpIsWhereBothMaximaAreEquallyHigh() {
        PatternFactor f = new PatternFactor(0, 6);
        InnerMaxima.EnergeticMaxima em = new InnerMaxima.EnergeticMaxima(f, 50);
        double j = em.jump();
        assertThat(j).isFinite();
        double[] w = new double[2];
        assertThat(em.maxima(j, w)).isEqualTo(2);
        assertThat(em.value(w[0], j)).isCloseTo(em.value(w[1], j), within(1e-10));
        assertThat(em.globalMax(j - 1e-3, w)).isLessThan(w[0] + 0.1);
        assertThat(em.globalMax(j + 1e-3, new double[2])).isGreaterThan(w[1] - 0.1);
        // zero temperature: a single maximum and no jump
        assertThat(new InnerMaxima.EnergeticMaxima(PatternFactor.PLAIN, 50).jump()).isNaN();
    }

    private static List<Double> scanMaxima(InnerMaxima.EnergeticMaxima em, double w0, double k) {
        double lo = w0 - 1;
        double hi = InnerMaxima.millsRoot(w0, k) + 1;
        int n = 40000;
        double h = (hi - lo) / n;
        List<Double> out = new ArrayList<>();
        double a = em.value(lo, w0);
        double b = em.value(lo + h, w0);
        for (int i = 2; i <= n; i++) {
            double c = em.value(lo + i * h, w0);
            if (b > a && b >= c) {
                out.add(lo + (i - 1) * h);
            }
            a = b;
            b = c;
        }
        return out;
    }
}
