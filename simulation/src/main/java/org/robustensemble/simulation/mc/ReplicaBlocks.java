package org.robustensemble.simulation.mc;

import java.util.Arrays;

import org.robustensemble.simulation.instance.Instance;

/**
 * What every {@link ReplicatedSystem} shares: y replicas of a base energy stored as {@link #members()} blocks of
 * N K spins ({@code a*N + i}), the per-weight replica sums m_i = sum_a W_i^a, the validated coupling
 * (beta, gamma) and the table of exp(-beta dE) for integer energy changes |dE| &lt;= {@link #WINDOW}.
 * Subclasses add the coupling of the replicas (traced or explicit reference) through
 * {@link #couplingChanged()} and the flip bookkeeping of their own terms.
 */
abstract class ReplicaBlocks implements ReplicatedSystem {
    /** Energy changes |dE| &lt;= WINDOW use the tabulated exp(-beta dE). */
    static final int WINDOW = 64;

    final Instance inst;
    final EnergyKind kind;
    final int n;
    final int y;
    final IntEnergy[] reps;
    final byte[] spins;
    final int[] msum;
    final double[] expE = new double[2 * WINDOW + 1];
    double beta = 1;
    double gamma = 0;
    private boolean ready;

    /**
     * @param init    initial replica configurations (y arrays of length N K; copied)
     * @param members number of member blocks: y, or y + 1 with an explicit reference (whose spins the subclass
     *                fills)
     */
    ReplicaBlocks(Instance inst, EnergyKind kind, byte[][] init, int members) {
        if (init.length < 1) {
            throw new IllegalArgumentException("y = " + init.length + " must be >= 1");
        }
        this.inst = inst;
        this.kind = kind;
        this.n = inst.n() * inst.k();
        this.y = init.length;
        Columns cols = new Columns(inst);
        this.reps = new IntEnergy[y];
        this.spins = new byte[n * members];
        this.msum = new int[n];
        for (int a = 0; a < y; a++) {
            reps[a] = Energies.of(cols, kind, init[a]);
            System.arraycopy(init[a], 0, spins, a * n, n);
        }
        rebuildSums();
    }

    /** Columns of the instance for subclasses that build further energies (e.g. of an explicit reference). */
    final IntEnergy energyOf(byte[] w) {
        return Energies.of(new Columns(inst), kind, w);
    }

    final void rebuildSums() {
        Arrays.fill(msum, 0);
        for (int a = 0; a < y; a++) {
            for (int i = 0; i < n; i++) {
                msum[i] += spins[a * n + i];
            }
        }
    }

    @Override
    public final void setCoupling(double beta, double gamma) {
        if (!(beta > 0) || Double.isInfinite(beta)) {
            throw new IllegalArgumentException("beta = " + beta + " must be finite and > 0");
        }
        if (!(gamma >= 0 && gamma <= GAMMA_LIMIT)) {
            throw new IllegalArgumentException("gamma = " + gamma + " must be in [0, " + GAMMA_LIMIT + "]");
        }
        if (beta != this.beta || !ready) {
            this.beta = beta;
            for (int d = -WINDOW; d <= WINDOW; d++) {
                expE[d + WINDOW] = Math.exp(-beta * d);
            }
        }
        if (gamma != this.gamma || !ready) {
            this.gamma = gamma;
            ready = true;
            couplingChanged();
        }
    }

    /** Rebuilds the subclass's tables after gamma changed (beta, gamma and msum are current). */
    abstract void couplingChanged();

    /** Sum of the replicas' base (training) energies. */
    final double replicaEnergy() {
        double e = 0;
        for (IntEnergy r : reps) {
            e += r.energy();
        }
        return e;
    }

    /**
     * Replaces the replicas' weights from the first y blocks of w (layout {@code a*N + i}), after checking the
     * length against {@link #size()}; the subclass handles any further block.
     */
    final void setReplicaStates(byte[] w) {
        if (w.length != size()) {
            throw new IllegalArgumentException("state has length " + w.length + ", expected " + members()
                    + " N K = " + size());
        }
        for (int a = 0; a < y; a++) {
            reps[a].setState(Arrays.copyOfRange(w, a * n, (a + 1) * n));
        }
        System.arraycopy(w, 0, spins, 0, w.length);
        rebuildSums();
    }

    @Override
    public final int n() {
        return n;
    }

    @Override
    public final int replicas() {
        return y;
    }

    @Override
    public final int size() {
        return n * members();
    }

    @Override
    public final double delta(int j) {
        return betaDelta(j / n, j % n) / beta;
    }

    @Override
    public final void flip(int j) {
        flip(j / n, j % n);
    }

    /** @return a copy of all weights, member after member ({@code a*N + i}) */
    @Override
    public final byte[] state() {
        return spins.clone();
    }

    @Override
    public final byte[] memberState(int a) {
        return Arrays.copyOfRange(spins, a * n, (a + 1) * n);
    }
}
