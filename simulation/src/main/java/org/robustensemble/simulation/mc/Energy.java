package org.robustensemble.simulation.mc;

/**
 * An energy function over a configuration of binary (+-1) variables that it owns and keeps up to date.
 *
 * <p>Contract (checked for every implementation by the tests): after any sequence of {@link #flip} calls,
 * {@link #energy()} equals {@link #fullEnergy()} (recomputed from scratch by an independent code path), and
 * {@link #delta(int)} equals the difference of full energies before and after the flip. Implementations are
 * not thread safe: one instance per thread.
 */
public interface Energy {

    /** @return the number of binary variables */
    int size();

    /** @return the current energy, maintained incrementally */
    double energy();

    /** @return the energy change if variable j were flipped (the state is not changed) */
    double delta(int j);

    /** Flips variable j and updates every cached quantity (an accepted move). */
    void flip(int j);

    /** @return the energy of the current configuration recomputed from scratch (slow; for checks) */
    double fullEnergy();

    /** @return a copy of the current configuration (+-1 bytes) */
    byte[] state();

    /** Replaces the configuration (+-1 bytes, length {@link #size()}) and rebuilds every cache. */
    void setState(byte[] w);
}
