/**
 * The state of BP on one instance (docs/theory.md 4.3): {@link org.robustensemble.simulation.bp.state.MessageState}
 * holds the factor graph's shape, every message and the beliefs, shared in place by the factor updates
 * ({@code bp.factor}) and the engine ({@code bp.engine}); internal to {@code bp}.
 */
package org.robustensemble.simulation.bp.state;
