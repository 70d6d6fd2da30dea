/**
 * The BP engine over the factor updates (docs/theory.md 4.3): {@link org.robustensemble.simulation.bp.engine.Sweeper}
 * (the random sweep order, blocks and worker threads, the focusing refresh and the finiteness check of every
 * sweep) and {@link org.robustensemble.simulation.bp.engine.BetheObservables} (Bethe free entropy, S, q,
 * q-tilde, sigma_int). Internal to {@code bp}: used through {@code bp.BeliefPropagation}.
 */
package org.robustensemble.simulation.bp.engine;
