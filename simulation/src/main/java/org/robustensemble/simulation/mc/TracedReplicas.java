package org.robustensemble.simulation.mc;

import org.robustensemble.simulation.instance.Instance;

/**
 * y replicas with the reference traced out (docs/theory.md section 2, PNAS 113:E7655 eq. for the replicated
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
public final class TracedReplicas extends ReplicaBlocks {
    private final double[] table;
    private final double[] expTable;
    private double lnCoshSum;

    /**
     * @param init initial configurations, one per replica (each of length N K; copied)
     */
    public TracedReplicas(Instance inst, EnergyKind kind, byte[][] init) {
        super(inst, kind, init, init.length);
        this.table = new double[2 * y + 1];
        this.expTable = new double[2 * y + 1];
        setCoupling(1, 0);
    }

    /** Numerically stable ln cosh(x). */
    static double lnCosh(double x) {
        double ax = Math.abs(x);
        return ax + Math.log1p(Math.exp(-2 * ax)) - Math.log(2);
    }

    @Override
    void couplingChanged() {
        for (int x = -y; x <= y; x++) {
            table[x + y] = lnCosh(gamma * x) - lnCosh(gamma * (x - 2));
            expTable[x + y] = Math.exp(-table[x + y]);
        }
        recomputeLnCoshSum();
    }

    private void recomputeLnCoshSum() {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += lnCosh(gamma * msum[i]);
        }
        lnCoshSum = s;
    }

    @Override
    public int members() {
        return y;
    }

    @Override
    public double energy() {
        return replicaEnergy() - (n * Math.log(2) + lnCoshSum) / beta;
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
    public void flip(int a, int i) {
        int s = spins[a * n + i];
        lnCoshSum += lnCosh(gamma * (msum[i] - 2 * s)) - lnCosh(gamma * msum[i]);
        msum[i] -= 2 * s;
        spins[a * n + i] = (byte) -s;
        reps[a].flip(i);
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

    /** Replaces all replicas' weights (layout {@code a*N + i}). */
    @Override
    public void setState(byte[] w) {
        setReplicaStates(w);
        recomputeLnCoshSum();
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
    public double overlap() {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += (double) msum[i] / y * Math.tanh(gamma * msum[i]);
        }
        return s / n;
    }
}
