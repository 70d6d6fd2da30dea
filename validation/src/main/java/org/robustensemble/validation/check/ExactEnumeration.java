package org.robustensemble.validation.check;

import org.robustensemble.simulation.instance.Instance;

/**
 * Exhaustive enumeration of all 2^N weight vectors of a binary perceptron instance (K = 1): the number of
 * solutions Z and the solution-averaged weights m_i = (1/Z) sum_{W solution} W_i.
 *
 * <p>The vectors are visited in Gray-code order, so each step flips one weight and changes every stability by
 * +-2. The M stabilities sigma^mu Delta^mu are kept packed, eight 8-bit lanes per {@code long} (lane =
 * stability + 64, in [64 - N, 64 + N] for N &lt;= 31), and updated by one add and one subtract per word (the
 * per-lane results never leave [0, 255], so no carry crosses a lane); a vector is a solution when every lane
 * exceeds 64, tested for eight patterns at once by adding 63 to each lane and masking the top bits (SWAR,
 * "SIMD within a register"). The sums of W_i over solutions are kept in O(1) per step: weight i is constant
 * between its own flips, so at each flip it collects W_i times the solutions counted since its previous flip.
 * Cost: 2^N (M/8 + 1) word operations per instance.
 */
public final class ExactEnumeration {
    /** Largest N enumerated (2^31 vectors; the lanes hold stabilities up to 63). */
    public static final int MAX_N = 31;

    /**
     * The result for one instance.
     *
     * @param n         inputs
     * @param m         patterns
     * @param solutions Z, the number of solutions
     * @param overlap   q = (1/N) sum_i m_i^2 (NaN if Z = 0)
     */
    public record Count(int n, int m, long solutions, double overlap) {
        /** @return (1/N) ln Z (negative infinity if Z = 0) */
        public double entropy() {
            return Math.log(solutions) / n;
        }
    }

    private ExactEnumeration() {
    }

    /** Enumerates every weight vector of a perceptron instance (K = 1, N &lt;= {@link #MAX_N}). */
    public static Count count(Instance inst) {
        int n = inst.n();
        int m = inst.m();
        if (inst.k() != 1 || n > MAX_N) {
            throw new IllegalArgumentException("exact enumeration needs K = 1 and N <= " + MAX_N + ": got K = " + inst.k()
                    + ", N = " + n);
        }
        int words = Math.max(1, (m + 7) / 8);
        long[] lanes = new long[words];
        long[][] upAdd = new long[n][words];
        long[][] upSub = new long[n][words];
        long[] full = new long[words];
        long lane63 = 0;
        long top = 0;
        for (int b = 0; b < 8; b++) {
            lane63 |= 63L << (8 * b);
            top |= 0x80L << (8 * b);
        }
        for (int w = 0; w < words; w++) {
            full[w] = top;
            for (int b = 0; b < 8; b++) {
                int mu = 8 * w + b;
                long value;
                if (mu < m) {
                    int s = 0;
                    for (int i = 0; i < n; i++) {
                        int c = inst.labels()[mu] * inst.patterns().get(mu, i);
                        s += c;
                        // flipping W_i from +1 to -1 changes the stability by -2 c
                        if (c < 0) {
                            upAdd[i][w] |= 2L << (8 * b);
                        } else {
                            upSub[i][w] |= 2L << (8 * b);
                        }
                    }
                    value = 64 + s;
                } else {
                    value = 100; // an unused lane always passes
                }
                lanes[w] |= value << (8 * b);
            }
        }
        byte[] spin = new byte[n];
        java.util.Arrays.fill(spin, (byte) 1);
        long[] acc = new long[n];
        long[] last = new long[n];
        long z = solution(lanes, lane63, full) ? 1 : 0;
        long total = 1L << n;
        for (long t = 1; t < total; t++) {
            int j = Long.numberOfTrailingZeros(t);
            acc[j] += spin[j] * (z - last[j]);
            last[j] = z;
            long[] add = spin[j] > 0 ? upAdd[j] : upSub[j];
            long[] sub = spin[j] > 0 ? upSub[j] : upAdd[j];
            for (int w = 0; w < words; w++) {
                lanes[w] += add[w] - sub[w];
            }
            spin[j] = (byte) -spin[j];
            if (solution(lanes, lane63, full)) {
                z++;
            }
        }
        double q = Double.NaN;
        if (z > 0) {
            q = 0;
            for (int i = 0; i < n; i++) {
                acc[i] += spin[i] * (z - last[i]);
                double mi = acc[i] / (double) z;
                q += mi * mi;
            }
            q /= n;
        }
        return new Count(n, m, z, q);
    }

    private static boolean solution(long[] lanes, long lane63, long[] full) {
        for (int w = 0; w < lanes.length; w++) {
            if (((lanes[w] + lane63) & full[w]) != full[w]) {
                return false;
            }
        }
        return true;
    }

    /** Reference implementation for the tests: every vector, every pattern, plain arithmetic. */
    static Count bruteForce(Instance inst) {
        int n = inst.n();
        long z = 0;
        double[] sum = new double[n];
        byte[] w = new byte[n];
        for (long c = 0; c < (1L << n); c++) {
            for (int i = 0; i < n; i++) {
                w[i] = (byte) (((c >>> i) & 1) == 0 ? 1 : -1);
            }
            if (inst.errors(w) == 0) {
                z++;
                for (int i = 0; i < n; i++) {
                    sum[i] += w[i];
                }
            }
        }
        double q = Double.NaN;
        if (z > 0) {
            q = 0;
            for (int i = 0; i < n; i++) {
                q += (sum[i] / z) * (sum[i] / z);
            }
            q /= n;
        }
        return new Count(n, inst.m(), z, q);
    }
}
