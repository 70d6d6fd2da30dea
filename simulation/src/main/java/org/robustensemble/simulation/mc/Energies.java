package org.robustensemble.simulation.mc;

import org.robustensemble.simulation.instance.Instance;

/** Factory of base energies: the perceptron kernel for K = 1, the committee machine otherwise. */
public final class Energies {
    private Energies() {
    }

    /** @return a fresh energy of the instance at weights w (length N K); replicas should share {@code cols} */
    static IntEnergy of(Columns cols, EnergyKind kind, byte[] w) {
        return cols.instance.k() == 1 ? new PerceptronEnergy(cols, kind, w) : new CommitteeEnergy(cols, kind, w);
    }

    /** @return a fresh energy of the instance at weights w (length N K) */
    public static IntEnergy of(Instance inst, EnergyKind kind, byte[] w) {
        return of(new Columns(inst), kind, w);
    }

    /** @return the energy of weights w on the instance, from scratch */
    public static int full(Instance inst, EnergyKind kind, byte[] w) {
        return inst.k() == 1 ? PerceptronEnergy.fullEnergy(inst, kind, w) : CommitteeEnergy.fullEnergy(inst, kind, w);
    }
}
