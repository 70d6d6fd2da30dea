package org.robustensemble.simulation.mc;

/**
 * An {@link Energy} with integer values (the base training energies of {@link EnergyKind}), so that samplers can
 * tabulate Boltzmann factors by energy change.
 */
public interface IntEnergy extends Energy {

    /** @return the current energy */
    int energyInt();

    /** @return the energy change if variable j were flipped */
    int deltaInt(int j);

    @Override
    default double energy() {
        return energyInt();
    }

    @Override
    default double delta(int j) {
        return deltaInt(j);
    }
}
