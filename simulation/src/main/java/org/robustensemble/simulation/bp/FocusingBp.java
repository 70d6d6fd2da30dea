package org.robustensemble.simulation.bp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.robustensemble.simulation.instance.Instance;

/**
 * Focusing BP (fBP, docs/theory.md 4.3; Baldassi et al. PNAS 2016): run BP to convergence at each (gamma, y) of a
 * {@link Protocol}, warm-starting every step from the previous messages, read W = sign(m) after each step and
 * stop at zero training errors. A step that does not converge within maxIters sweeps is reported and the
 * protocol continues (the authors' default).
 *
 * <p>When the training errors are checked is a {@link ErrorCheck}: at the end of each step (the authors'
 * packages, the default) or after every sweep (a step then also ends, unconverged, as soon as sign(m) has zero
 * errors; the messages are the same as with the default up to that sweep).
 *
 * <p>A run may be bounded by a total sweep budget over all its steps (not in the authors' packages: an instance
 * whose steps stop converging would otherwise cost maxIters sweeps per step): the step that reaches it ends there,
 * unconverged, and the run stops ({@link Stop#SWEEP_BUDGET}). Below the budget the run is the unbounded one, sweep
 * for sweep.
 */
public final class FocusingBp {

    /** When the training errors of sign(m) are checked for the stop at zero errors. */
    public enum ErrorCheck {
        /** After each protocol step, once BP has converged or used maxIters sweeps (BinaryCommitteeMachineFBP.jl, rFBP). */
        STEP,
        /** After every sweep: the run stops at the first sweep whose sign(m) has zero training errors. */
        SWEEP
    }

    /** What ended a run. */
    public enum Stop {
        /** sign(m) reached zero training errors (the stop at zero errors). */
        SOLVED,
        /** Every protocol step was run. */
        PROTOCOL_END,
        /** The total sweep budget was used up before the protocol's end. */
        SWEEP_BUDGET;

        /** @return the lower-case name used in output (solved, protocol_end, sweep_budget) */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One protocol step's outcome.
     *
     * @param step      0-based index in the protocol
     * @param gamma     coupling
     * @param y         replicas
     * @param obs       observables at the end of the step ({@code null} unless traced)
     * @param errors    training errors of sign(m)
     * @param sweeps    sweeps done in this step
     * @param converged whether the step converged
     */
    public record StepRecord(int step, double gamma, double y, Observables obs, int errors, int sweeps,
                             boolean converged) {
    }

    /**
     * Outcome of a run. The final messages are converted and copied out of the finished BP only when
     * {@link #messages()} is first called (most runs never need them; the copy of M N K messages costs about as
     * much as a sweep).
     */
    public static final class Result {
        private final boolean solved;
        private final int errors;
        private final int steps;
        private final long sweeps;
        private final byte[] weights;
        private final List<StepRecord> trace;
        private final Stop stop;
        private BeliefPropagation source;
        private Messages messages;

        Result(boolean solved, int errors, int steps, long sweeps, byte[] weights, List<StepRecord> trace,
               BeliefPropagation source, Stop stop) {
            this.stop = stop;
            this.solved = solved;
            this.errors = errors;
            this.steps = steps;
            this.sweeps = sweeps;
            this.weights = weights;
            this.trace = trace;
            this.source = source;
        }

        /** @return whether zero training errors were reached */
        public boolean solved() {
            return solved;
        }

        /** @return what ended the run */
        public Stop stop() {
            return stop;
        }

        /** @return training errors of the final weights */
        public int errors() {
            return errors;
        }

        /** @return protocol steps run */
        public int steps() {
            return steps;
        }

        /** @return total sweeps */
        public long sweeps() {
            return sweeps;
        }

        /** @return sign(m) at the end (length N K) */
        public byte[] weights() {
            return weights;
        }

        /** @return the per-step records */
        public List<StepRecord> trace() {
            return trace;
        }

        /** @return the final messages (for a warm start) */
        public synchronized Messages messages() {
            if (messages == null) {
                messages = source.snapshot();
                source = null;
            }
            return messages;
        }
    }

    private FocusingBp() {
    }

    /**
     * Runs fBP.
     *
     * @param instance  the instance
     * @param protocol  the (gamma, y) sequence
     * @param par       BP settings
     * @param seed      seed of the initial messages and the sweep order
     * @param warmStart messages to start from ({@code null}: random initial messages)
     * @param observe   compute the observables at every step (costs about one sweep per step)
     * @param runToEnd  do not stop at zero errors
     * @param listener  receives each step's record as it completes (may be {@code null})
     */
    public static Result run(Instance instance, Protocol protocol, BpParameters par, long seed, Messages warmStart,
                             boolean observe, boolean runToEnd, Consumer<StepRecord> listener) {
        return run(instance, protocol, par, seed, warmStart, observe, runToEnd, listener, ErrorCheck.STEP);
    }

    /**
     * Runs fBP, checking the training errors as {@code check} says (ignored with {@code runToEnd}).
     *
     * @see #run(Instance, Protocol, BpParameters, long, Messages, boolean, boolean, Consumer)
     */
    public static Result run(Instance instance, Protocol protocol, BpParameters par, long seed, Messages warmStart,
                             boolean observe, boolean runToEnd, Consumer<StepRecord> listener, ErrorCheck check) {
        return run(instance, protocol, par, seed, warmStart, observe, runToEnd, listener, check, Long.MAX_VALUE);
    }

    /**
     * Runs fBP with at most {@code maxSweeps} sweeps in total over all steps ({@link Stop#SWEEP_BUDGET}).
     *
     * @param maxSweeps the total sweep budget (>= 1; {@link Long#MAX_VALUE}: none)
     * @see #run(Instance, Protocol, BpParameters, long, Messages, boolean, boolean, Consumer, ErrorCheck)
     */
    public static Result run(Instance instance, Protocol protocol, BpParameters par, long seed, Messages warmStart,
                             boolean observe, boolean runToEnd, Consumer<StepRecord> listener, ErrorCheck check,
                             long maxSweeps) {
        if (maxSweeps < 1) {
            throw new IllegalArgumentException("sweep budget = " + maxSweeps + " must be >= 1");
        }
        boolean everySweep = check == ErrorCheck.SWEEP && !runToEnd;
        List<StepRecord> trace = new ArrayList<>();
        try (BeliefPropagation bp = new BeliefPropagation(instance, par, seed)) {
            if (warmStart != null) {
                bp.restore(warmStart);
            }
            int errors = Integer.MAX_VALUE;
            int steps = 0;
            byte[] w = bp.signs();
            Stop stop = Stop.PROTOCOL_END;
            for (Protocol.Step st : protocol.steps()) {
                long left = maxSweeps - bp.sweeps();
                if (left <= 0) {
                    stop = Stop.SWEEP_BUDGET;
                    break;
                }
                int limit = (int) Math.min(par.maxIters(), left);
                bp.setFocusing(st.gamma(), st.y());
                BeliefPropagation.Convergence c = everySweep ? convergeOrSolve(bp, instance, par, limit) : bp.converge(limit);
                w = bp.signs();
                errors = instance.errors(w);
                Observables obs = observe ? bp.analyze() : null;
                StepRecord r = new StepRecord(steps, st.gamma(), st.y(), obs, errors, c.sweeps(), c.converged());
                steps++;
                trace.add(r);
                if (listener != null) {
                    listener.accept(r);
                }
                if (errors == 0 && !runToEnd) {
                    stop = Stop.SOLVED;
                    break;
                }
                if (!c.converged() && bp.sweeps() >= maxSweeps) {
                    stop = Stop.SWEEP_BUDGET; // this step was cut by the budget
                    break;
                }
            }
            return new Result(errors == 0, errors, steps, bp.sweeps(), w, List.copyOf(trace), bp, stop);
        }
    }

    /**
     * {@link BeliefPropagation#converge()} that also stops (unconverged) after the first sweep at which sign(m)
     * has zero training errors.
     */
    private static BeliefPropagation.Convergence convergeOrSolve(BeliefPropagation bp, Instance instance, BpParameters par,
                                                                 int limit) {
        double d = Double.NaN;
        for (int it = 1; it <= limit; it++) {
            d = bp.sweep();
            if (d < par.epsilon()) {
                return new BeliefPropagation.Convergence(true, it, d);
            }
            if (instance.errors(bp.signs()) == 0) {
                return new BeliefPropagation.Convergence(false, it, d);
            }
        }
        return new BeliefPropagation.Convergence(false, limit, d);
    }
}
