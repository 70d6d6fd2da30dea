/**
 * Instances and algorithms: {@code instance} (patterns, generators, file format), {@code random} (seeded
 * streams), and the algorithm packages ({@code mc}, {@code bp}, {@code sgd}). Depends on nothing else of ours.
 */
package org.robustensemble.simulation;
