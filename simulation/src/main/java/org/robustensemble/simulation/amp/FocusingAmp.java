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
 * place of sweeps.
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
     */
    public record Result(boolean solved, int errors, int steps, long iterations, byte[] weights,
                         List<FocusingBp.StepRecord> trace) {
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
        boolean everyIteration = check == FocusingBp.ErrorCheck.SWEEP && !runToEnd;
        List<FocusingBp.StepRecord> trace = new ArrayList<>();
        try (Amp amp = xi == null ? new Amp(instance, par, seed) : new Amp(instance, xi, par, seed)) {
            int errors = Integer.MAX_VALUE;
            int steps = 0;
            byte[] w = amp.signs();
            for (Protocol.Step st : protocol.steps()) {
                amp.setFocusing(st.gamma(), st.y());
                Amp.Convergence c = everyIteration ? convergeOrSolve(amp, par) : amp.converge();
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
                    break;
                }
            }
            return new Result(errors == 0, errors, steps, amp.iterations(), w, List.copyOf(trace));
        }
    }

    /** {@link Amp#converge()} that also stops (unconverged) after the first iteration whose sign(m) has zero errors. */
    private static Amp.Convergence convergeOrSolve(Amp amp, AmpParameters par) {
        double d = Double.NaN;
        for (int it = 1; it <= par.maxIters(); it++) {
            d = amp.iterate();
            if (d < par.epsilon()) {
                return new Amp.Convergence(true, it, d);
            }
            if (amp.errors() == 0) {
                return new Amp.Convergence(false, it, d);
            }
        }
        return new Amp.Convergence(false, par.maxIters(), d);
    }
}
