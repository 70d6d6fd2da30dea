package org.robustensemble.simulation.mc;

import org.robustensemble.simulation.instance.Instance;
import org.robustensemble.simulation.instance.Patterns;

/**
 * Column layouts of an instance for single-flip Monte Carlo, built once and shared (read only) by all replicas.
 *
 * <p>For input j, x_j^mu = sigma^mu xi_j^mu. Flipping a weight W_j (of any hidden unit) changes the stability
 * Delta^mu = sigma^mu sum_i W_i xi_i^mu of the unit by -2 W_j x_j^mu, so x_j is all that a flip needs:
 * <ul>
 * <li>{@link #bytes}: x_j^mu as bytes, column-major ({@code j*m + mu}), for the O(M) update after a flip;</li>
 * <li>{@link #plusBits}: bit mu of column j set iff x_j^mu = +1, {@link #wordsM} longs per column, unused high
 * bits zero, for the popcount kernel of {@link PerceptronEnergy#delta}.</li>
 * </ul>
 */
final class Columns {
    final int n;
    final int m;
    final int wordsM;
    final byte[] bytes;
    final long[] plusBits;
    final Instance instance;

    Columns(Instance inst) {
        this.instance = inst;
        this.n = inst.n();
        this.m = inst.m();
        this.wordsM = Math.max(1, (m + 63) >>> 6);
        this.bytes = new byte[n * m];
        this.plusBits = new long[n * wordsM];
        Patterns p = inst.patterns();
        byte[] labels = inst.labels();
        for (int mu = 0; mu < m; mu++) {
            byte[] row = p.row(mu);
            for (int j = 0; j < n; j++) {
                int x = labels[mu] * row[j];
                bytes[j * m + mu] = (byte) x;
                if (x > 0) {
                    plusBits[j * wordsM + (mu >>> 6)] |= 1L << (mu & 63);
                }
            }
        }
    }
}
