package org.robustensemble.simulation.mc;

import java.util.Arrays;

import org.robustensemble.simulation.instance.Instance;

/**
 * y replicas coupled to an explicit reference replica (docs/theory.md 4.1, variant of the robust ensemble):
 * <pre>
 *   E({W^a}, Wref) = sum_a E(W^a) - (gamma/beta) sum_i Wref_i sum_a W_i^a
 * </pre>
 * (overlap convention; the Boltzmann weight exp(-beta E) is exp(-beta sum_a E(W^a)) exp(gamma Wref.sum_a W^a),
 * and summing over Wref gives back {@link TracedReplicas}). The reference carries no training energy of its
 * own; its training energy is tracked ({@link #referenceEnergy()}) to detect when it becomes a solution.
 * Member y is the reference. Flipping W_i^a = s changes beta E by beta dE_a + 2 gamma s Wref_i; flipping
 * Wref_i = r changes it by 2 gamma r m_i with m_i = sum_a W_i^a.
 */
public final class ExplicitReference extends ReplicaBlocks {
    private final IntEnergy ref;
    private final double[] expRef;
    private double expCouplingPlus;
    private double expCouplingMinus;

    /**
     * @param init      initial replica configurations (y arrays of length N K; copied)
     * @param reference initial reference (length N K; copied)
     */
    public ExplicitReference(Instance inst, EnergyKind kind, byte[][] init, byte[] reference) {
        super(inst, kind, init, init.length + 1);
        this.ref = energyOf(reference);
        System.arraycopy(reference, 0, spins, y * n, n);
        this.expRef = new double[2 * y + 1];
        setCoupling(1, 0);
    }

    @Override
    void couplingChanged() {
        for (int x = -y; x <= y; x++) {
            expRef[x + y] = Math.exp(-2 * gamma * x);
        }
        expCouplingPlus = Math.exp(-2 * gamma);
        expCouplingMinus = Math.exp(2 * gamma);
    }

    @Override
    public int members() {
        return y + 1;
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
        return replicaEnergy() - gamma / beta * coupling();
    }

    @Override
    public double betaDelta(int a, int i) {
        if (a == y) {
            return 2 * gamma * spins[y * n + i] * msum[i];
        }
        int s = spins[a * n + i];
        return beta * reps[a].delta(i) + 2 * gamma * s * spins[y * n + i];
    }

    /** exp(-betaDelta), with exp(-beta dE) tabulated for |dE| &lt;= {@link #WINDOW}. */
    @Override
    public double boltzmannFactor(int a, int i) {
        if (a == y) {
            return expRef[spins[y * n + i] * msum[i] + y];
        }
        int c = spins[a * n + i] * spins[y * n + i];
        int d = reps[a].deltaInt(i);
        if (d >= -WINDOW && d <= WINDOW) {
            return expE[d + WINDOW] * (c > 0 ? expCouplingPlus : expCouplingMinus);
        }
        return Math.exp(-(beta * d + 2 * gamma * c));
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

    /** Replaces all weights (layout {@code a*N + i}, a = 0..y, the reference last). */
    @Override
    public void setState(byte[] w) {
        setReplicaStates(w);
        ref.setState(Arrays.copyOfRange(w, y * n, (y + 1) * n));
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

    /** @return (1/(y N)) sum_a sum_i W_i^a Wref_i */
    @Override
    public double overlap() {
        return coupling() / ((double) n * y);
    }
}
