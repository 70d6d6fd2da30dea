package org.robustensemble.simulation.mc;

import java.util.Arrays;

import org.robustensemble.simulation.instance.Instance;

/**
 * y replicas with the reference traced out (science.md section 2, PNAS 113:E7655 eq. for the replicated
 * energy):
 * <pre>
 *   E_RE({W^a}) = sum_a E(W^a) - (1/beta) sum_i ln 2cosh(gamma m_i),   m_i = sum_a W_i^a,
 * </pre>
 * with the coupling exp(gamma W.Wref) (overlap convention). Flipping W_j^a = s (so m_j -&gt; m_j - 2 s) changes
 * the interaction by (1/beta) s ln[cosh(gamma(mbar + 1)) / cosh(gamma(mbar - 1))], mbar = m_j - s; equivalently
 * beta times the change is F(s m_j) with F(x) = ln cosh(gamma x) - ln cosh(gamma (x - 2)). F is tabulated for
 * x = -y..y when the coupling is set, so the table is per (gamma, y) in units of 1/beta (per (gamma, beta, y)
 * in energy units).
 *
 * <p>The reference of this ensemble is traced out; {@link #reference()} returns the configuration that
 * maximises its conditional law P(Wref | replicas) proportional to exp(gamma Wref.m), i.e. sign(m_i) (ties,
 * possible for even y, broken towards +1), and {@link #overlap()} is the conditional mean overlap
 * (1/N) sum_i (m_i/y) tanh(gamma m_i). With y = 1 and gamma = 0 this is plain simulated annealing.
 */
public final class TracedReplicas implements ReplicatedSystem {
    private final Instance inst;
    private final EnergyKind kind;
    private final int n;
    private final int y;
    /** Energy changes |dE| &lt;= WINDOW use the tabulated exp(-beta dE). */
    static final int WINDOW = 64;
    private final IntEnergy[] reps;
    private final int[] msum;
    private final byte[] spins;
    private final double[] table;
    private double beta = 1;
    private double gamma = 0;
    private double lnCoshSum;
    private final double[] expTable;
    private final double[] expE = new double[2 * WINDOW + 1];
    private boolean tableReady;

    /**
     * @param init initial configurations, one per replica (each of length N K; copied)
     */
    public TracedReplicas(Instance inst, EnergyKind kind, byte[][] init) {
        if (init.length < 1) {
            throw new IllegalArgumentException("y = " + init.length + " must be >= 1");
        }
        this.inst = inst;
        this.kind = kind;
        this.n = inst.n() * inst.k();
        this.y = init.length;
        Columns cols = new Columns(inst);
        this.reps = new IntEnergy[y];
        this.msum = new int[n];
        this.spins = new byte[n * y];
        for (int a = 0; a < y; a++) {
            reps[a] = Energies.of(cols, kind, init[a]);
            System.arraycopy(init[a], 0, spins, a * n, n);
        }
        this.table = new double[2 * y + 1];
        this.expTable = new double[2 * y + 1];
        rebuildSums();
        setCoupling(1, 0);
    }

    private void rebuildSums() {
        Arrays.fill(msum, 0);
        for (int a = 0; a < y; a++) {
            for (int i = 0; i < n; i++) {
                msum[i] += spins[a * n + i];
            }
        }
    }

    /** Numerically stable ln cosh(x). */
    static double lnCosh(double x) {
        double ax = Math.abs(x);
        return ax + Math.log1p(Math.exp(-2 * ax)) - Math.log(2);
    }

    @Override
    public void setCoupling(double beta, double gamma) {
        if (!(beta > 0) || Double.isInfinite(beta)) {
            throw new IllegalArgumentException("beta = " + beta + " must be finite and > 0");
        }
        if (!(gamma >= 0 && gamma <= GAMMA_LIMIT)) {
            throw new IllegalArgumentException("gamma = " + gamma + " must be in [0, " + GAMMA_LIMIT + "]");
        }
        if (beta != this.beta || !tableReady) {
            this.beta = beta;
            for (int d = -WINDOW; d <= WINDOW; d++) {
                expE[d + WINDOW] = Math.exp(-beta * d);
            }
        }
        if (gamma != this.gamma || !tableReady) {
            this.gamma = gamma;
            this.tableReady = true;
            for (int x = -y; x <= y; x++) {
                table[x + y] = lnCosh(gamma * x) - lnCosh(gamma * (x - 2));
                expTable[x + y] = Math.exp(-table[x + y]);
            }
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += lnCosh(gamma * msum[i]);
            }
            lnCoshSum = s;
        }
    }

    @Override
    public int n() {
        return n;
    }

    @Override
    public int replicas() {
        return y;
    }

    @Override
    public int members() {
        return y;
    }

    @Override
    public int size() {
        return n * y;
    }

    /** Sum of the replicas' base energies. */
    private double baseSum() {
        double e = 0;
        for (IntEnergy r : reps) {
            e += r.energy();
        }
        return e;
    }

    @Override
    public double energy() {
        return baseSum() - (n * Math.log(2) + lnCoshSum) / beta;
    }

    @Override
    public double betaDelta(int a, int i) {
        int s = spins[a * n + i];
        return beta * reps[a].deltaInt(i) + table[s * msum[i] + y];
    }

    /**
     * exp(-beta dE) exp(-F(s m_i)) from the two tables (exp(-beta dE) tabulated for |dE| &lt;= {@link #WINDOW},
     * recomputed when beta changes; exp(-F) per (gamma, y)); outside the window, one exp of the sum.
     */
    @Override
    public double boltzmannFactor(int a, int i) {
        int x = spins[a * n + i] * msum[i] + y;
        int d = reps[a].deltaInt(i);
        if (d >= -WINDOW && d <= WINDOW) {
            return expE[d + WINDOW] * expTable[x];
        }
        return Math.exp(-(beta * d + table[x]));
    }

    @Override
    public double delta(int j) {
        return betaDelta(j / n, j % n) / beta;
    }

    @Override
    public void flip(int a, int i) {
        int s = spins[a * n + i];
        lnCoshSum += lnCosh(gamma * (msum[i] - 2 * s)) - lnCosh(gamma * msum[i]);
        msum[i] -= 2 * s;
        spins[a * n + i] = (byte) -s;
        reps[a].flip(i);
    }

    @Override
    public void flip(int j) {
        flip(j / n, j % n);
    }

    @Override
    public double fullEnergy() {
        double e = 0;
        int[] m = new int[n];
        for (int a = 0; a < y; a++) {
            byte[] s = reps[a].state();
            e += Energies.full(inst, kind, s);
            for (int i = 0; i < n; i++) {
                m[i] += s[i];
            }
        }
        double c = 0;
        for (int i = 0; i < n; i++) {
            c += Math.log(2 * Math.cosh(gamma * m[i]));
        }
        return e - c / beta;
    }

    /** @return a copy of all replicas' weights, replica after replica ({@code a*N + i}) */
    @Override
    public byte[] state() {
        return spins.clone();
    }

    /** Replaces all replicas' weights (layout {@code a*N + i}). */
    @Override
    public void setState(byte[] w) {
        if (w.length != n * y) {
            throw new IllegalArgumentException("state has length " + w.length + ", expected y N K = " + n * y);
        }
        for (int a = 0; a < y; a++) {
            reps[a].setState(Arrays.copyOfRange(w, a * n, (a + 1) * n));
        }
        System.arraycopy(w, 0, spins, 0, w.length);
        rebuildSums();
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += lnCosh(gamma * msum[i]);
        }
        lnCoshSum = s;
    }

    @Override
    public double memberEnergy(int a) {
        return reps[a].energy();
    }

    @Override
    public byte[] reference() {
        byte[] r = new byte[n];
        for (int i = 0; i < n; i++) {
            r[i] = (byte) (msum[i] >= 0 ? 1 : -1);
        }
        return r;
    }

    @Override
    public double referenceEnergy() {
        return Energies.full(inst, kind, reference());
    }

    @Override
    public byte[] memberState(int a) {
        return Arrays.copyOfRange(spins, a * n, (a + 1) * n);
    }

    @Override
    public double overlap() {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += (double) msum[i] / y * Math.tanh(gamma * msum[i]);
        }
        return s / n;
    }
}
