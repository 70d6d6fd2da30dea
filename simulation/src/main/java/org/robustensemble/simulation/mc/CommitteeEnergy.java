package org.robustensemble.simulation.mc;

import org.robustensemble.simulation.instance.Instance;
import org.robustensemble.simulation.instance.Patterns;

/**
 * Step or linear energy ({@link EnergyKind}) of a fully connected binary committee machine: K (odd) hidden
 * units, each seeing all N inputs, weights laid out {@code w[h*N + i]} as in {@link Instance}.
 *
 * <p>State: the hidden stabilities D_h^mu = sigma^mu sum_i W_{h,i} xi_i^mu and, for every (h, mu), the change
 * of the pattern's energy if D_h^mu rose by 2 ({@code up}) or fell by 2 ({@code down}). Flipping W_{h,j} moves
 * D_h^mu by -2 c^mu with c^mu = W_{h,j} x_j^mu, so the energy change is sum_mu (c = +1 ? down : up), an O(M)
 * loop; an accepted flip updates D_h and recomputes up/down of every unit in O(K^2 M).
 */
public final class CommitteeEnergy implements IntEnergy {
    private final Columns cols;
    private final EnergyKind kind;
    private final int n;
    private final int k;
    private final int m;
    private final byte[] w;
    private final int[] d;
    private final int[] up;
    private final int[] down;
    private final int[] scratch;
    private final int[] costs;
    private int energy;

    /** Energy of the instance's committee machine at the given weights (length N K, copied). */
    public CommitteeEnergy(Instance inst, EnergyKind kind, byte[] w) {
        this(new Columns(inst), kind, w);
    }

    CommitteeEnergy(Columns cols, EnergyKind kind, byte[] w0) {
        this.cols = cols;
        this.kind = kind;
        this.n = cols.n;
        this.k = cols.instance.k();
        this.m = cols.m;
        this.w = new byte[n * k];
        this.d = new int[k * m];
        this.up = new int[k * m];
        this.down = new int[k * m];
        this.scratch = new int[k];
        this.costs = new int[k];
        setState(w0);
    }

    @Override
    public int size() {
        return n * k;
    }

    @Override
    public int energyInt() {
        return energy;
    }

    /** @return the integer energy change of flipping weight idx = h N + j */
    @Override
    public int deltaInt(int idx) {
        int h = idx / n;
        int j = idx - h * n;
        int s = w[idx];
        int hb = h * m;
        int off = j * m;
        byte[] x = cols.bytes;
        int sum = 0;
        for (int mu = 0; mu < m; mu++) {
            int c = s * x[off + mu];
            sum += c > 0 ? down[hb + mu] : up[hb + mu];
        }
        return sum;
    }

    @Override
    public void flip(int idx) {
        energy += deltaInt(idx);
        int h = idx / n;
        int j = idx - h * n;
        int s = w[idx];
        w[idx] = (byte) -s;
        int hb = h * m;
        int off = j * m;
        byte[] x = cols.bytes;
        for (int mu = 0; mu < m; mu++) {
            d[hb + mu] -= 2 * s * x[off + mu];
        }
        for (int mu = 0; mu < m; mu++) {
            refreshPattern(mu);
        }
    }

    private void refreshPattern(int mu) {
        for (int h = 0; h < k; h++) {
            scratch[h] = d[h * m + mu];
        }
        int e0 = patternEnergy(scratch, k, kind, costs);
        for (int h = 0; h < k; h++) {
            int v = scratch[h];
            scratch[h] = v + 2;
            up[h * m + mu] = patternEnergy(scratch, k, kind, costs) - e0;
            scratch[h] = v - 2;
            down[h * m + mu] = patternEnergy(scratch, k, kind, costs) - e0;
            scratch[h] = v;
        }
    }

    /**
     * Energy of one pattern from its K hidden stabilities (odd integers), see {@link EnergyKind}.
     *
     * @param work scratch space of length &gt;= K
     */
    static int patternEnergy(int[] dd, int kk, EnergyKind kind, int[] work) {
        int votes = 0;
        for (int h = 0; h < kk; h++) {
            votes += dd[h] > 0 ? 1 : -1;
        }
        if (votes > 0) {
            return 0;
        }
        if (kind == EnergyKind.STEP) {
            return 1;
        }
        int need = (1 - votes) / 2;
        int cnt = 0;
        for (int h = 0; h < kk; h++) {
            if (dd[h] < 0) {
                // insertion sort of the costs (|D| + 1)/2 of the wrong units
                int c = (1 - dd[h]) / 2;
                int p = cnt++;
                while (p > 0 && work[p - 1] > c) {
                    work[p] = work[p - 1];
                    p--;
                }
                work[p] = c;
            }
        }
        int e = 0;
        for (int t = 0; t < need; t++) {
            e += work[t];
        }
        return e;
    }

    @Override
    public double fullEnergy() {
        return fullEnergy(cols.instance, kind, w);
    }

    /** @return the energy of weights w (length N K) on the instance, from scratch (bit-packed dot products) */
    public static int fullEnergy(Instance inst, EnergyKind kind, byte[] w) {
        int kk = inst.k();
        int nn = inst.n();
        long[][] packed = new long[kk][];
        for (int h = 0; h < kk; h++) {
            packed[h] = Patterns.pack(w, h * nn, nn);
        }
        int[] dd = new int[kk];
        int[] work = new int[kk];
        int e = 0;
        for (int mu = 0; mu < inst.m(); mu++) {
            for (int h = 0; h < kk; h++) {
                dd[h] = inst.labels()[mu] * inst.patterns().dot(mu, packed[h]);
            }
            e += patternEnergy(dd, kk, kind, work);
        }
        return e;
    }

    @Override
    public byte[] state() {
        return w.clone();
    }

    @Override
    public void setState(byte[] w0) {
        if (w0.length != n * k) {
            throw new IllegalArgumentException("weights have length " + w0.length + ", expected N K = " + n * k);
        }
        for (int i = 0; i < w0.length; i++) {
            if (w0[i] != 1 && w0[i] != -1) {
                throw new IllegalArgumentException("weight " + i + " is " + w0[i] + ", expected +1 or -1");
            }
        }
        System.arraycopy(w0, 0, w, 0, w.length);
        java.util.Arrays.fill(d, 0);
        for (int h = 0; h < k; h++) {
            for (int j = 0; j < n; j++) {
                int s = w[h * n + j];
                int off = j * m;
                for (int mu = 0; mu < m; mu++) {
                    d[h * m + mu] += s * cols.bytes[off + mu];
                }
            }
        }
        int e = 0;
        for (int mu = 0; mu < m; mu++) {
            for (int h = 0; h < k; h++) {
                scratch[h] = d[h * m + mu];
            }
            e += patternEnergy(scratch, k, kind, costs);
            refreshPattern(mu);
        }
        energy = e;
    }
}
