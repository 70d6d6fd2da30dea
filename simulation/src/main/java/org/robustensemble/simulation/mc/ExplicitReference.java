package org.robustensemble.simulation.mc;

import java.util.Arrays;

import org.robustensemble.simulation.instance.Instance;

/**
 * y replicas coupled to an explicit reference replica (science.md 4.1, variant of the robust ensemble):
 * <pre>
 *   E({W^a}, Wref) = sum_a E(W^a) - (gamma/beta) sum_i Wref_i sum_a W_i^a
 * </pre>
 * (overlap convention; the Boltzmann weight exp(-beta E) is exp(-beta sum_a E(W^a)) exp(gamma Wref.sum_a W^a),
 * and summing over Wref gives back {@link TracedReplicas}). The reference carries no training energy of its
 * own; its training energy is tracked ({@link #referenceEnergy()}) to detect when it becomes a solution.
 * Member y is the reference. Flipping W_i^a = s changes beta E by beta dE_a + 2 gamma s Wref_i; flipping
 * Wref_i = r changes it by 2 gamma r m_i with m_i = sum_a W_i^a.
 */
public final class ExplicitReference implements ReplicatedSystem {
    private final Instance inst;
    private final EnergyKind kind;
    private final int n;
    private final int y;
    private final IntEnergy[] reps;
    private final IntEnergy ref;
    private final byte[] spins;
    private final int[] msum;
    private double beta = 1;
    private double gamma = 0;
    private static final int W = TracedReplicas.WINDOW;
    private final double[] expE = new double[2 * W + 1];
    private final double[] expRef;
    private double expCouplingPlus;
    private double expCouplingMinus;
    private boolean ready;

    /**
     * @param init      initial replica configurations (y arrays of length N K; copied)
     * @param reference initial reference (length N K; copied)
     */
    public ExplicitReference(Instance inst, EnergyKind kind, byte[][] init, byte[] reference) {
        if (init.length < 1) {
            throw new IllegalArgumentException("y = " + init.length + " must be >= 1");
        }
        this.inst = inst;
        this.kind = kind;
        this.n = inst.n() * inst.k();
        this.y = init.length;
        Columns cols = new Columns(inst);
        this.reps = new IntEnergy[y];
        this.spins = new byte[n * (y + 1)];
        for (int a = 0; a < y; a++) {
            reps[a] = Energies.of(cols, kind, init[a]);
            System.arraycopy(init[a], 0, spins, a * n, n);
        }
        this.ref = Energies.of(cols, kind, reference);
        System.arraycopy(reference, 0, spins, y * n, n);
        this.msum = new int[n];
        this.expRef = new double[2 * y + 1];
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

    @Override
    public void setCoupling(double beta, double gamma) {
        if (!(beta > 0) || Double.isInfinite(beta)) {
            throw new IllegalArgumentException("beta = " + beta + " must be finite and > 0");
        }
        if (!(gamma >= 0 && gamma <= GAMMA_LIMIT)) {
            throw new IllegalArgumentException("gamma = " + gamma + " must be in [0, " + GAMMA_LIMIT + "]");
        }
        if (beta != this.beta || !ready) {
            this.beta = beta;
            for (int d = -W; d <= W; d++) {
                expE[d + W] = Math.exp(-beta * d);
            }
        }
        if (gamma != this.gamma || !ready) {
            this.gamma = gamma;
            for (int x = -y; x <= y; x++) {
                expRef[x + y] = Math.exp(-2 * gamma * x);
            }
            expCouplingPlus = Math.exp(-2 * gamma);
            expCouplingMinus = Math.exp(2 * gamma);
        }
        ready = true;
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
        return y + 1;
    }

    @Override
    public int size() {
        return n * (y + 1);
    }

    private double coupling() {
        long c = 0;
        for (int i = 0; i < n; i++) {
            c += (long) spins[y * n + i] * msum[i];
        }
        return c;
    }

    @Override
    public double energy() {
        double e = 0;
        for (IntEnergy r : reps) {
            e += r.energy();
        }
        return e - gamma / beta * coupling();
    }

    @Override
    public double betaDelta(int a, int i) {
        if (a == y) {
            return 2 * gamma * spins[y * n + i] * msum[i];
        }
        int s = spins[a * n + i];
        return beta * reps[a].delta(i) + 2 * gamma * s * spins[y * n + i];
    }

    /** exp(-betaDelta), with exp(-beta dE) tabulated for |dE| &lt;= {@link TracedReplicas#WINDOW}. */
    @Override
    public double boltzmannFactor(int a, int i) {
        if (a == y) {
            return expRef[spins[y * n + i] * msum[i] + y];
        }
        int c = spins[a * n + i] * spins[y * n + i];
        int d = reps[a].deltaInt(i);
        if (d >= -W && d <= W) {
            return expE[d + W] * (c > 0 ? expCouplingPlus : expCouplingMinus);
        }
        return Math.exp(-(beta * d + 2 * gamma * c));
    }

    @Override
    public double delta(int j) {
        return betaDelta(j / n, j % n) / beta;
    }

    @Override
    public void flip(int a, int i) {
        int s = spins[a * n + i];
        spins[a * n + i] = (byte) -s;
        if (a == y) {
            ref.flip(i);
        } else {
            msum[i] -= 2 * s;
            reps[a].flip(i);
        }
    }

    @Override
    public void flip(int j) {
        flip(j / n, j % n);
    }

    @Override
    public double fullEnergy() {
        double e = 0;
        long c = 0;
        byte[] r = Arrays.copyOfRange(spins, y * n, (y + 1) * n);
        for (int a = 0; a < y; a++) {
            byte[] s = reps[a].state();
            e += Energies.full(inst, kind, s);
            for (int i = 0; i < n; i++) {
                c += s[i] * r[i];
            }
        }
        return e - gamma / beta * c;
    }

    /** @return a copy of all weights: replicas then the reference ({@code a*N + i}, a = 0..y) */
    @Override
    public byte[] state() {
        return spins.clone();
    }

    /** Replaces all weights (layout {@code a*N + i}, a = 0..y, the reference last). */
    @Override
    public void setState(byte[] w) {
        if (w.length != n * (y + 1)) {
            throw new IllegalArgumentException("state has length " + w.length + ", expected (y+1) N K = " + n * (y + 1));
        }
        for (int a = 0; a < y; a++) {
            reps[a].setState(Arrays.copyOfRange(w, a * n, (a + 1) * n));
        }
        ref.setState(Arrays.copyOfRange(w, y * n, (y + 1) * n));
        System.arraycopy(w, 0, spins, 0, w.length);
        rebuildSums();
    }

    @Override
    public double memberEnergy(int a) {
        return a == y ? ref.energy() : reps[a].energy();
    }

    @Override
    public double referenceEnergy() {
        return ref.energy();
    }

    @Override
    public byte[] reference() {
        return Arrays.copyOfRange(spins, y * n, (y + 1) * n);
    }

    @Override
    public byte[] memberState(int a) {
        return Arrays.copyOfRange(spins, a * n, (a + 1) * n);
    }

    /** @return (1/(y N)) sum_a sum_i W_i^a Wref_i */
    @Override
    public double overlap() {
        return coupling() / ((double) n * y);
    }
}
