package org.robustensemble.simulation.amp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.robustensemble.simulation.bp.FocusingBp;
import org.robustensemble.simulation.bp.Observables;
import org.robustensemble.simulation.bp.Protocol;
import org.robustensemble.simulation.instance.Instance;

/**
 * Focusing AMP (fAMP): {@link Amp} driven by a {@link Protocol} of (gamma, y) steps exactly as {@link FocusingBp}
 * drives BP (docs/theory.md 4.3; Baldassi et al. PNAS 2016): iterate to convergence (or maxIters) at each step, warm
 * from the previous one; read W = sign(m) after each step (or, with {@link FocusingBp.ErrorCheck#SWEEP}, after every
 * iteration) and stop at zero training errors. Records are fBP's {@link FocusingBp.StepRecord} with iterations in
 * place of sweeps. As fBP's sweep budget, a total budget of AMP iterations over all steps bounds a run: the step that
 * reaches it ends there, unconverged, and the run stops ({@link FocusingBp.Stop#SWEEP_BUDGET}); below the budget the
 * run is the unbounded one, iteration for iteration.
 */
public final class FocusingAmp {

    /**
     * Outcome of a run.
     *
     * @param solved     whether zero training errors were reached
     * @param errors     training errors of the final sign(m)
     * @param steps      protocol steps run
     * @param iterations AMP iterations in total
     * @param weights    sign(m) at the end
     * @param trace      the per-step records
     * @param stop       what ended the run (fBP's labels: solved, protocol_end, sweep_budget)
     */
    public record Result(boolean solved, int errors, int steps, long iterations, byte[] weights,
                         List<FocusingBp.StepRecord> trace, FocusingBp.Stop stop) {
    }

    private FocusingAmp() {
    }

    /**
     * Runs fAMP on a perceptron instance.
     *
     * @param instance the instance (k = 1)
     * @param xi       its packed patterns ({@code null}: packed here with {@link AmpParameters#threads()} threads)
     * @param protocol the (gamma, y) sequence
     * @param par      settings
     * @param seed     seed of the initial magnetizations
     * @param observe  compute the observables at every step (one extra product per step)
     * @param runToEnd do not stop at zero errors
     * @param listener receives each step's record as it completes (may be {@code null})
     * @param check    when the errors are checked (ignored with {@code runToEnd})
     */
    public static Result run(Instance instance, SignMatrix xi, Protocol protocol, AmpParameters par, long seed,
                             boolean observe, boolean runToEnd, Consumer<FocusingBp.StepRecord> listener,
                             FocusingBp.ErrorCheck check) {
        return run(instance, xi, protocol, par, seed, observe, runToEnd, listener, check, Long.MAX_VALUE);
    }

    /**
     * Runs fAMP with at most {@code maxIterations} AMP iterations in total over all steps
     * ({@link FocusingBp.Stop#SWEEP_BUDGET}).
     *
     * @param maxIterations the total iteration budget (>= 1; {@link Long#MAX_VALUE}: none)
     * @see #run(Instance, SignMatrix, Protocol, AmpParameters, long, boolean, boolean, Consumer, FocusingBp.ErrorCheck)
     */
    public static Result run(Instance instance, SignMatrix xi, Protocol protocol, AmpParameters par, long seed,
                             boolean observe, boolean runToEnd, Consumer<FocusingBp.StepRecord> listener,
                             FocusingBp.ErrorCheck check, long maxIterations) {
        if (maxIterations < 1) {
            throw new IllegalArgumentException("iteration budget = " + maxIterations + " must be >= 1");
        }
        boolean everyIteration = check == FocusingBp.ErrorCheck.SWEEP && !runToEnd;
        List<FocusingBp.StepRecord> trace = new ArrayList<>();
        try (Amp amp = xi == null ? new Amp(instance, par, seed) : new Amp(instance, xi, par, seed)) {
            int errors = Integer.MAX_VALUE;
            int steps = 0;
            byte[] w = amp.signs();
            FocusingBp.Stop stop = FocusingBp.Stop.PROTOCOL_END;
            for (Protocol.Step st : protocol.steps()) {
                long left = maxIterations - amp.iterations();
                if (left <= 0) {
                    stop = FocusingBp.Stop.SWEEP_BUDGET;
                    break;
                }
                int limit = (int) Math.min(par.maxIters(), left);
                amp.setFocusing(st.gamma(), st.y());
                Amp.Convergence c = everyIteration ? convergeOrSolve(amp, par, limit) : amp.converge(limit);
                w = amp.signs();
                errors = instance.errors(w);
                Observables obs = observe ? amp.analyze() : null;
                FocusingBp.StepRecord r = new FocusingBp.StepRecord(steps, st.gamma(), st.y(), obs, errors,
                        c.iterations(), c.converged());
                steps++;
                trace.add(r);
                if (listener != null) {
                    listener.accept(r);
                }
                if (errors == 0 && !runToEnd) {
                    stop = FocusingBp.Stop.SOLVED;
                    break;
                }
                if (!c.converged() && amp.iterations() >= maxIterations) {
                    stop = FocusingBp.Stop.SWEEP_BUDGET; // this step was cut by the budget
                    break;
                }
            }
            return new Result(errors == 0, errors, steps, amp.iterations(), w, List.copyOf(trace), stop);
        }
    }

    /**
     * {@link Amp#converge(int)} that also stops (unconverged) after the first iteration whose sign(m) has zero
     * errors.
     */
    private static Amp.Convergence convergeOrSolve(Amp amp, AmpParameters par, int limit) {
        double d = Double.NaN;
        for (int it = 1; it <= limit; it++) {
            d = amp.iterate();
            if (d < par.epsilon()) {
                return new Amp.Convergence(true, it, d);
            }
            if (amp.errors() == 0) {
                return new Amp.Convergence(false, it, d);
            }
        }
        return new Amp.Convergence(false, limit, d);
    }
}
