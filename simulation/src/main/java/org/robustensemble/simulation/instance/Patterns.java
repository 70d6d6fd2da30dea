package org.robustensemble.simulation.instance;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * M patterns of N inputs in {-1,+1}, bit-packed row by row (64 inputs per {@code long}; bit set = +1).
 *
 * <p>Immutable. Row {@code mu} occupies words {@code [mu*words, (mu+1)*words)}; the unused high bits of the last
 * word of a row are zero. {@link #dot(int, long[])} computes sum_i xi_i^mu w_i for bit-packed +-1 weights with
 * popcounts: sum = N - 2 * popcount(xi XOR w).
 */
public final class Patterns {
    private final int n;
    private final int m;
    private final int words;
    private final long[] bits;

    private Patterns(int n, int m, long[] bits) {
        this.n = n;
        this.m = m;
        this.words = wordsFor(n);
        this.bits = bits;
    }

    /** @return the number of 64-bit words per row for N inputs */
    public static int wordsFor(int n) {
        return (n + 63) >>> 6;
    }

    /**
     * Draws M independent patterns with i.i.d. uniform +-1 entries.
     *
     * @param rng the instance stream
     */
    public static Patterns random(int n, int m, SplittableRandom rng) {
        checkSize(n, m);
        int w = wordsFor(n);
        long[] b = new long[m * w];
        long lastMask = lastWordMask(n);
        for (int mu = 0; mu < m; mu++) {
            for (int k = 0; k < w; k++) {
                long r = rng.nextLong();
                b[mu * w + k] = (k == w - 1) ? (r & lastMask) : r;
            }
        }
        return new Patterns(n, m, b);
    }

    /** Builds patterns from explicit +-1 entries, {@code xi[mu][i]}. */
    public static Patterns of(int n, byte[][] xi) {
        checkSize(n, xi.length);
        int w = wordsFor(n);
        long[] b = new long[xi.length * w];
        for (int mu = 0; mu < xi.length; mu++) {
            if (xi[mu].length != n) {
                throw new IllegalArgumentException("pattern " + mu + " has " + xi[mu].length + " entries, expected n = " + n);
            }
            for (int i = 0; i < n; i++) {
                byte v = xi[mu][i];
                if (v != 1 && v != -1) {
                    throw new IllegalArgumentException("pattern " + mu + " entry " + i + " is " + v + ", expected +1 or -1");
                }
                if (v > 0) {
                    b[mu * w + (i >>> 6)] |= 1L << (i & 63);
                }
            }
        }
        return new Patterns(n, xi.length, b);
    }

    private static void checkSize(int n, int m) {
        if (n < 1) {
            throw new IllegalArgumentException("n = " + n + " must be >= 1");
        }
        if (m < 0) {
            throw new IllegalArgumentException("m = " + m + " must be >= 0");
        }
    }

    static long lastWordMask(int n) {
        int r = n & 63;
        return r == 0 ? -1L : (1L << r) - 1;
    }

    /** @return N, the number of inputs */
    public int n() {
        return n;
    }

    /** @return M, the number of patterns */
    public int m() {
        return m;
    }

    /** @return words per row */
    public int words() {
        return words;
    }

    /** @return input i of pattern mu, +1 or -1 */
    public int get(int mu, int i) {
        return (int) ((bits[mu * words + (i >>> 6)] >>> (i & 63)) & 1L) * 2 - 1;
    }

    /** @return a copy of row mu as +-1 bytes */
    public byte[] row(int mu) {
        byte[] r = new byte[n];
        for (int i = 0; i < n; i++) {
            r[i] = (byte) get(mu, i);
        }
        return r;
    }

    /** @return a copy of column i (input i of every pattern) as +-1 bytes */
    public byte[] column(int i) {
        byte[] c = new byte[m];
        for (int mu = 0; mu < m; mu++) {
            c[mu] = (byte) get(mu, i);
        }
        return c;
    }

    /**
     * @param w bit-packed +-1 weights of length N ({@link #pack(byte[])})
     * @return sum_i xi_i^mu w_i
     */
    public int dot(int mu, long[] w) {
        int off = mu * words;
        int diff = 0;
        for (int k = 0; k < words; k++) {
            diff += Long.bitCount(bits[off + k] ^ w[k]);
        }
        return n - 2 * diff;
    }

    /** Packs +-1 weights into the same bit layout as the patterns. */
    public static long[] pack(byte[] w) {
        long[] p = new long[wordsFor(w.length)];
        for (int i = 0; i < w.length; i++) {
            if (w[i] > 0) {
                p[i >>> 6] |= 1L << (i & 63);
            }
        }
        return p;
    }

    /** Packs the slice {@code w[from, from+n)} of +-1 weights (one hidden unit of a committee). */
    public static long[] pack(byte[] w, int from, int n) {
        return pack(Arrays.copyOfRange(w, from, from + n));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Patterns p && p.n == n && p.m == m && Arrays.equals(p.bits, bits);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * n + m) + Arrays.hashCode(bits);
    }
}
