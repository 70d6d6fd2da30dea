/**
 * Reproducible randomness: {@code RandomStreams} derives one independent seeded stream per purpose (instance,
 * initial state, update order, proposals, ...) from a run seed, so that a change in how one purpose consumes its
 * numbers does not move the others, and the same seed gives the same bits whatever the thread count.
 */
package org.robustensemble.simulation.random;
