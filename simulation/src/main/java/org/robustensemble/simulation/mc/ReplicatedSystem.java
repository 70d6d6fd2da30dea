package org.robustensemble.simulation.mc;

/**
 * y replicas of a base energy coupled through a reference (docs/theory.md section 2), seen as one {@link Energy}
 * over {@link #members()} blocks of {@link #n()} variables: variable a N + i is weight i of member a. Members
 * 0..y-1 are the replicas; an explicit reference, if present, is member y.
 *
 * <p>The energies depend on (beta, gamma) through the coupling, set with {@link #setCoupling}; Metropolis uses
 * {@link #betaDelta}, beta times the energy change, which the implementations compute without dividing by beta.
 */
public interface ReplicatedSystem extends Energy {

    /** @return variables per member (N K) */
    int n();

    /** @return y, the number of replicas */
    int replicas();

    /** @return the number of member blocks: y, or y + 1 with an explicit reference */
    int members();

    /** Largest accepted coupling: keeps every tabulated factor exp(+-2 gamma y) finite and non-zero. */
    double GAMMA_LIMIT = 100;

    /**
     * Sets the inverse temperature (&gt; 0) and the coupling gamma (0 &lt;= gamma &lt;= {@link #GAMMA_LIMIT},
     * overlap convention).
     */
    void setCoupling(double beta, double gamma);

    /** @return beta times the change of the total energy if weight i of member a were flipped */
    double betaDelta(int a, int i);

    /**
     * @return exp(-{@link #betaDelta}(a, i)), the Metropolis ratio of flipping weight i of member a, from
     * precomputed tables where possible (may be +infinity for large negative changes; never NaN)
     */
    double boltzmannFactor(int a, int i);

    /** Flips weight i of member a (an accepted move). */
    void flip(int a, int i);

    /** @return the base (training) energy of member a: a replica, or the explicit reference */
    double memberEnergy(int a);

    /** @return the base energy of the reference configuration ({@link #reference()}) */
    double referenceEnergy();

    /** @return a copy of the reference configuration (explicit, or the one defined by the implementation) */
    byte[] reference();

    /** @return a copy of the weights of member a */
    byte[] memberState(int a);

    /** @return the mean replica-reference overlap (1/(y N)) sum_a sum_i W_i^a Wref_i (see implementations) */
    double overlap();
}
