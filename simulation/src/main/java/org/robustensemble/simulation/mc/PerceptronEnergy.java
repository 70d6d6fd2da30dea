package org.robustensemble.simulation.mc;

import org.robustensemble.simulation.instance.Instance;
import org.robustensemble.simulation.instance.Patterns;

/**
 * Step or linear energy of a binary perceptron (docs/theory.md 4.1), with an O(M/64) single-flip energy change.
 *
 * <p>State: the weights W and, for every pattern, u^mu = (1 - Delta^mu)/2 (an integer, N odd): pattern mu is
 * violated iff u^mu &gt;= 1, and then u^mu = (|Delta^mu| + 1)/2 is the number of flips that fix it. Flipping W_j
 * moves u^mu to u^mu + c^mu with c^mu = W_j x_j^mu = +-1 (see {@link Columns}). Per pattern the energy change is
 * <ul>
 * <li>linear, e = max(0, u): +1 if c = +1 and u &gt;= 0; -1 if c = -1 and u &gt;= 1; else 0;</li>
 * <li>step, e = [u &gt;= 1]: +1 if c = +1 and u = 0; -1 if c = -1 and u = 1; else 0.</li>
 * </ul>
 * Two bit sets over the patterns, A (the "+1 if c = +1" condition) and B (the "-1 if c = -1" condition), reduce
 * the energy change to popcount(C+ &amp; A) - popcount(C- &amp; B), where C+ (C-) are the patterns with c = +1
 * (-1): the column's plus-bits or their complement, depending on W_j.
 *
 * <p>The u^mu themselves are stored bit-sliced: P two's-complement bit planes per 64 patterns (P = 10 for
 * N = 1001, enough for |u| &lt;= (N+1)/2). An accepted flip adds c^mu = +-1 to all 64 patterns of a word at once
 * with a ripple-carry adder over the planes (+1 and -1 have bit 0 set; the higher bits of -1 are set exactly on
 * C-), and A, B follow from the sign plane and the OR of the planes: O(P M / 64) word operations per flip.
 */
public final class PerceptronEnergy implements IntEnergy {
    private final Columns cols;
    private final EnergyKind kind;
    private final int n;
    private final int m;
    private final int words;
    private final byte[] w;
    private final int planes;
    private final long[] slices;
    private final long lastValid;
    private final long[] a;
    private final long[] b;
    private int energy;

    /** Energy of the instance's perceptron at the given weights (copied). */
    public PerceptronEnergy(Instance inst, EnergyKind kind, byte[] w) {
        this(new Columns(inst), kind, w);
    }

    PerceptronEnergy(Columns cols, EnergyKind kind, byte[] w0) {
        if (cols.instance.k() != 1) {
            throw new IllegalArgumentException("PerceptronEnergy needs k = 1, got k = " + cols.instance.k());
        }
        this.cols = cols;
        this.kind = kind;
        this.n = cols.n;
        this.m = cols.m;
        this.words = cols.wordsM;
        this.w = new byte[n];
        this.planes = 2 + (31 - Integer.numberOfLeadingZeros((n + 1) / 2));
        this.slices = new long[words * planes];
        this.lastValid = (m & 63) == 0 ? -1L : (1L << (m & 63)) - 1;
        this.a = new long[words];
        this.b = new long[words];
        setState(w0);
    }

    @Override
    public int size() {
        return n;
    }

    @Override
    public int energyInt() {
        return energy;
    }

    /**
     * @return the integer energy change of flipping W_j: popcount(C+ &amp; A) - popcount(C- &amp; B), branch
     * free: C+ is the column's plus-bits XOR a mask of W_j's sign (bits of C- beyond M meet zero bits of B)
     */
    @Override
    public int deltaInt(int j) {
        final long[] plus = cols.plusBits;
        final long[] aa = a;
        final long[] bb = b;
        final int off = j * words;
        final long mask = w[j] >> 1; // 0 for W_j = +1, all ones for W_j = -1
        int d = 0;
        for (int k = 0; k < words; k++) {
            long cp = plus[off + k] ^ mask;
            d += Long.bitCount(cp & aa[k]) - Long.bitCount(~cp & bb[k]);
        }
        return d;
    }

    @Override
    public void flip(int j) {
        energy += deltaInt(j);
        final long mask = w[j] >> 1;
        w[j] = (byte) -w[j];
        final long[] plus = cols.plusBits;
        final long[] sl = slices;
        final int off = j * words;
        final int pl = planes;
        for (int k = 0; k < words; k++) {
            // C- (c = -1): patterns where W_j x_j^mu = -1, with the old W_j
            final long cminus = ~(plus[off + k] ^ mask);
            final int base = k * pl;
            long u0 = sl[base];
            long carry = u0;              // plane 0: u0 + 1 (bit 0 of +1 and -1 is set)
            long p0 = ~u0;
            sl[base] = p0;
            long anyHigh = 0;
            for (int p = 1; p < pl; p++) {
                long up = sl[base + p];
                long x = up ^ cminus;
                long sum = x ^ carry;
                carry = (up & cminus) | (carry & x);
                sl[base + p] = sum;
                anyHigh |= sum;
            }
            setMasks(k, p0, anyHigh, sl[base + pl - 1]);
        }
    }

    /** Derives A and B of word k from bit plane 0, the OR of planes 1..P-1 and the sign plane. */
    private void setMasks(int k, long p0, long anyHigh, long sign) {
        long valid = k == words - 1 ? lastValid : -1L;
        if (kind == EnergyKind.LINEAR) {
            a[k] = ~sign & valid;                       // u >= 0
            b[k] = ~sign & (p0 | anyHigh) & valid;      // u >= 1
        } else {
            a[k] = ~(p0 | anyHigh) & valid;             // u == 0
            b[k] = p0 & ~anyHigh & valid;               // u == 1
        }
    }

    /** @return u^mu = (1 - Delta^mu)/2 decoded from the bit planes (for checks) */
    int u(int mu) {
        int k = mu >>> 6;
        int t = mu & 63;
        int v = 0;
        for (int p = 0; p < planes; p++) {
            v |= (int) ((slices[k * planes + p] >>> t) & 1L) << p;
        }
        return (v << (32 - planes)) >> (32 - planes);
    }

    @Override
    public double fullEnergy() {
        return fullEnergy(cols.instance, kind, w);
    }

    /** @return the energy of weights w on the instance, from scratch (bit-packed dot products) */
    public static int fullEnergy(Instance inst, EnergyKind kind, byte[] w) {
        long[] pw = Patterns.pack(w);
        int e = 0;
        for (int mu = 0; mu < inst.m(); mu++) {
            int delta = inst.labels()[mu] * inst.patterns().dot(mu, pw);
            if (delta < 0) {
                e += kind == EnergyKind.STEP ? 1 : (1 - delta) / 2;
            }
        }
        return e;
    }

    @Override
    public byte[] state() {
        return w.clone();
    }

    /** @return weight j (+1 or -1) without copying */
    public int weight(int j) {
        return w[j];
    }

    @Override
    public void setState(byte[] w0) {
        if (w0.length != n) {
            throw new IllegalArgumentException("weights have length " + w0.length + ", expected n = " + n);
        }
        for (int i = 0; i < n; i++) {
            if (w0[i] != 1 && w0[i] != -1) {
                throw new IllegalArgumentException("weight " + i + " is " + w0[i] + ", expected +1 or -1");
            }
        }
        System.arraycopy(w0, 0, w, 0, n);
        // u^mu = (1 - Delta^mu)/2 with Delta^mu = sum_j W_j x_j^mu
        int[] delta = new int[m];
        for (int j = 0; j < n; j++) {
            int off = j * m;
            int s = w[j];
            for (int mu = 0; mu < m; mu++) {
                delta[mu] += s * cols.bytes[off + mu];
            }
        }
        int e = 0;
        java.util.Arrays.fill(slices, 0);
        for (int mu = 0; mu < m; mu++) {
            int u = (1 - delta[mu]) / 2;
            if (u >= 1) {
                e += kind == EnergyKind.STEP ? 1 : u;
            }
            int k = mu >>> 6;
            for (int p = 0; p < planes; p++) {
                slices[k * planes + p] |= (long) ((u >>> p) & 1) << (mu & 63);
            }
        }
        energy = e;
        for (int k = 0; k < words; k++) {
            long anyHigh = 0;
            for (int p = 1; p < planes; p++) {
                anyHigh |= slices[k * planes + p];
            }
            setMasks(k, slices[k * planes], anyHigh, slices[k * planes + planes - 1]);
        }
    }
}
