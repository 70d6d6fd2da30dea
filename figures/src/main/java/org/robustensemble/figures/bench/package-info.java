/**
 * JMH micro-benchmarks of the kernels, packaged in the jar and run by {@code re bench jmh [REGEX]}: one class per
 * kernel, state set up outside the measured method, results consumed. {@code TheoryBenchmark} (ln H, Gaussian
 * expectations, Gardner and robust-ensemble saddle points), {@code BpBenchmark} (one fBP sweep),
 * {@code AmpBenchmark} (the bit-packed sign-matrix products of focusing AMP), {@code McBenchmark} and
 * {@code McThroughput} (Metropolis flips of SA and RSA), {@code SgdBenchmark} and {@code SgdThroughput} (replicated
 * SGD epochs). Measured numbers and conditions: BENCHMARKS.md.
 */
package org.robustensemble.figures.bench;
