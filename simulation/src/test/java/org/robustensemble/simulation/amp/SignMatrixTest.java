package org.robustensemble.simulation.amp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.robustensemble.simulation.instance.Patterns;

/** The packed pattern matrix: layouts, products against plain loops, thread independence. */
class SignMatrixTest {

    private static double[] gaussian(int len, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[len];
        for (int i = 0; i < len; i++) {
            x[i] = r.nextDouble() * 2 - 1 + (r.nextBoolean() ? 1e-3 : 0);
        }
        return x;
    }

    @Test
    void bothLayoutsHoldThePatterns() {
        for (int[] nm : new int[][] {{1, 1}, {63, 5}, {64, 64}, {65, 129}, {131, 77}, {1001, 601}}) {
            Patterns p = Patterns.random(nm[0], nm[1], new SplittableRandom(nm[0] * 31L + nm[1]));
            try (SignMatrix s = SignMatrix.of(p, 1)) {
                for (int mu = 0; mu < nm[1]; mu++) {
                    for (int i = 0; i < nm[0]; i++) {
                        assertThat(s.get(mu, i)).isEqualTo(p.get(mu, i));
                        assertThat(s.getTransposed(mu, i)).isEqualTo(p.get(mu, i));
                    }
                }
            }
        }
    }

    @Test
    void transposeOfABitBlockIsAnInvolution() {
        SplittableRandom r = new SplittableRandom(5);
        long[] a = new long[64];
        for (int i = 0; i < 64; i++) {
            a[i] = r.nextLong();
        }
        long[] t = a.clone();
        SignMatrix.transpose64(t);
        for (int i = 0; i < 64; i++) {
            for (int j = 0; j < 64; j++) {
                assertThat((t[j] >>> i) & 1L).isEqualTo((a[i] >>> j) & 1L);
            }
        }
        SignMatrix.transpose64(t);
        assertThat(t).isEqualTo(a);
    }

    @Test
    void productsEqualPlainSums() {
        for (int[] nm : new int[][] {{1, 3}, {63, 5}, {131, 77}, {1001, 601}, {2049, 130}}) {
            int n = nm[0];
            int m = nm[1];
            Patterns p = Patterns.random(n, m, new SplittableRandom(n + 7L * m));
            try (SignMatrix s = SignMatrix.of(p, 1)) {
                double[] x = gaussian(n, 1);
                double[] g = gaussian(m, 2);
                double[] out = new double[m];
                double[] back = new double[n];
                s.times(x, out);
                s.transposeTimes(g, back);
                for (int mu = 0; mu < m; mu++) {
                    int row = mu;
                    assertPlainSum(out[mu], n, i -> p.get(row, i) * x[i], i -> x[i]);
                }
                for (int i = 0; i < n; i++) {
                    int col = i;
                    assertPlainSum(back[i], m, mu -> p.get(mu, col) * g[mu], mu -> g[mu]);
                }
            }
        }
    }

    /** Asserts that {@code actual} is sum_k term(k) to 1e-14 of sum_k |x(k)|. */
    private static void assertPlainSum(double actual, int len, java.util.function.IntToDoubleFunction term,
                                       java.util.function.IntToDoubleFunction x) {
        double e = 0;
        double abs = 0;
        for (int k = 0; k < len; k++) {
            e += term.applyAsDouble(k);
            abs += Math.abs(x.applyAsDouble(k));
        }
        assertThat(actual).isCloseTo(e, org.assertj.core.data.Offset.offset(1e-14 * abs + 1e-15));
    }

    @Test
    void integerVectorsGiveExactDotProducts() {
        Patterns p = Patterns.random(1001, 300, new SplittableRandom(3));
        byte[] w = new byte[1001];
        double[] x = new double[1001];
        SplittableRandom r = new SplittableRandom(4);
        for (int i = 0; i < w.length; i++) {
            w[i] = (byte) (r.nextBoolean() ? 1 : -1);
            x[i] = w[i];
        }
        long[] packed = Patterns.pack(w);
        try (SignMatrix s = SignMatrix.of(p, 1)) {
            double[] out = new double[300];
            s.times(x, out);
            for (int mu = 0; mu < 300; mu++) {
                assertThat(out[mu]).isEqualTo(p.dot(mu, packed));
            }
        }
    }

    @Test
    void twoThreadsGiveTheSameBitsAsOne() {
        // large enough for the parallel path (> 2^17 look-ups per product)
        Patterns p = Patterns.random(3001, 1801, new SplittableRandom(9));
        double[] x = gaussian(3001, 3);
        double[] g = gaussian(1801, 4);
        double[][] out = new double[3][];
        double[][] back = new double[3][];
        for (int t = 1; t <= 3; t++) {
            try (SignMatrix s = SignMatrix.of(p, t)) {
                out[t - 1] = new double[1801];
                back[t - 1] = new double[3001];
                s.times(x, out[t - 1]);
                s.transposeTimes(g, back[t - 1]);
            }
        }
        for (int t = 1; t < 3; t++) {
            assertThat(out[t]).isEqualTo(out[0]);
            assertThat(back[t]).isEqualTo(back[0]);
        }
    }

    @Test
    void wrongLengthsAreRejected() {
        try (SignMatrix s = SignMatrix.of(Patterns.random(11, 5, new SplittableRandom(1)), 1)) {
            assertThatThrownBy(() -> s.times(new double[10], new double[5])).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> s.transposeTimes(new double[5], new double[5])).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> SignMatrix.of(Patterns.random(11, 5, new SplittableRandom(1)), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
