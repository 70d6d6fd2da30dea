package org.robustensemble.simulation.mc;

import java.util.SplittableRandom;

/**
 * Metropolis single-flip dynamics: pick a variable uniformly at random, accept its flip with probability
 * min(1, exp(-beta dE)). Detailed balance with respect to exp(-beta E) holds at fixed parameters (checked
 * against exact enumeration in the tests). The variable choice and the acceptance draw use two separate
 * streams, so the sequence of proposals does not depend on acceptance outcomes.
 */
public final class Metropolis {
    private Metropolis() {
    }

    /** @return true with probability min(1, exp(-betaDelta)); draws a uniform only when betaDelta &gt; 0 */
    public static boolean accept(double betaDelta, SplittableRandom rng) {
        return betaDelta <= 0 || rng.nextDouble() < Math.exp(-betaDelta);
    }

    /**
     * Runs {@code attempts} single-flip attempts on any energy at inverse temperature beta.
     *
     * @return the number of accepted flips
     */
    public static long run(Energy e, double beta, long attempts, SplittableRandom order, SplittableRandom acc) {
        int size = e.size();
        long accepted = 0;
        for (long t = 0; t < attempts; t++) {
            int j = order.nextInt(size);
            if (accept(beta * e.delta(j), acc)) {
                e.flip(j);
                accepted++;
            }
        }
        return accepted;
    }

    /** Outcome of {@link #sweep}: accepted flips, attempts made, and the member that reached zero energy. */
    public static final class Counter {
        /** accepted flips so far */
        public long accepted;
        /** attempted flips so far */
        public long attempts;
    }

    /**
     * Up to {@code attempts} attempts on a replicated system at its current coupling, choosing (member, weight)
     * uniformly. If {@code stopOnZero}, stops right after an accepted flip that brings that member's training
     * energy to zero.
     *
     * @return the member that reached zero energy, or -1
     */
    public static int sweep(ReplicatedSystem s, long attempts, SplittableRandom order, SplittableRandom acc,
            boolean stopOnZero, Counter counter) {
        final int n = s.n();
        final int members = s.members();
        final long thrN = threshold(n);
        final long thrM = threshold(members);
        long accepted = 0;
        long t = 0;
        int solved = -1;
        while (t < attempts) {
            int a = members == 1 ? 0 : index(order, members, thrM);
            int i = index(order, n, thrN);
            t++;
            double f = s.boltzmannFactor(a, i);
            if (f >= 1 || acc.nextDouble() < f) {
                s.flip(a, i);
                accepted++;
                if (stopOnZero && s.memberEnergy(a) == 0) {
                    solved = a;
                    break;
                }
            }
        }
        counter.accepted += accepted;
        counter.attempts += t;
        return solved;
    }

    /** @return 2^32 mod bound, the rejection threshold of {@link #index} */
    static long threshold(int bound) {
        return (1L << 32) % bound;
    }

    /**
     * Uniform integer in [0, bound) from 32-bit draws by multiply-and-shift with rejection (Lemire, ACM TOMACS
     * 29:3, 2019): exactly uniform, and without a division in the common case.
     *
     * @param threshold {@link #threshold}(bound)
     */
    static int index(SplittableRandom rng, int bound, long threshold) {
        long m = (rng.nextInt() & 0xFFFFFFFFL) * bound;
        while ((m & 0xFFFFFFFFL) < threshold) {
            m = (rng.nextInt() & 0xFFFFFFFFL) * bound;
        }
        return (int) (m >>> 32);
    }
}
