package org.robustensemble.simulation.random;

import java.util.SplittableRandom;

/**
 * Independent, reproducible random streams derived from one user seed.
 *
 * <p>Every random choice of the toolkit flows from an explicit seed. Separate concerns (the instance, the
 * initial state of an algorithm, the order of updates, ...) draw from separate streams, so that changing, say,
 * the sweep order never changes the instance. A stream is identified by a {@link Stream} tag and an optional
 * index (a replica, a run); the same (seed, tag, index) always gives the same sequence, whatever the thread
 * count, because streams are never shared between threads.
 */
public final class RandomStreams {

    /** What a stream is used for. The ordinal is part of the derivation: append new tags, never reorder. */
    public enum Stream { INSTANCE, INITIAL_STATE, UPDATE_ORDER, TEST_PATTERNS, TEACHER, MINIBATCH, ALGORITHM }

    private final long seed;

    /** @param seed the user seed (any long) */
    public RandomStreams(long seed) {
        this.seed = seed;
    }

    /** @return the user seed these streams derive from */
    public long seed() {
        return seed;
    }

    /** @return a fresh generator for the given purpose */
    public SplittableRandom stream(Stream tag) {
        return stream(tag, 0);
    }

    /** @return a fresh generator for the given purpose and index (replica, run, ...) */
    public SplittableRandom stream(Stream tag, long index) {
        long s = mix(seed ^ 0x9E3779B97F4A7C15L * (tag.ordinal() + 1));
        s = mix(s + 0xD1B54A32D192ED03L * (index + 1));
        return new SplittableRandom(s);
    }

    /** SplitMix64 finaliser (Steele, Lea, Flood 2014): a bijective avalanche mix of 64 bits. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
