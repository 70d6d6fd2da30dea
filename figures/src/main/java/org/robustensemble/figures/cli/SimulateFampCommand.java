package org.robustensemble.figures.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Consumer;

import org.robustensemble.simulation.amp.AmpParameters;
import org.robustensemble.simulation.amp.FocusingAmp;
import org.robustensemble.simulation.bp.BpParameters;
import org.robustensemble.simulation.bp.FocusingBp;
import org.robustensemble.simulation.bp.Observables;
import org.robustensemble.simulation.bp.Protocol;
import org.robustensemble.simulation.instance.Instance;
import org.robustensemble.simulation.instance.InstanceFormat;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * {@code re simulate famp}: focusing approximate message passing (simulation/docs/bp.md, "Approximate message
 * passing"; docs/theory.md 4.3) on binary perceptrons. It takes the options of {@code simulate fbp} (composed from
 * {@link SimulateFbpCommand}: instance, protocol, runs, trace, error check, epsilon, max-iters, damping,
 * init-range, threads, max-sweeps) and prints the same columns (the last, stopped_by: solved, protocol_end or
 * sweep_budget), one AMP iteration counting as one sweep, so that {@code --max-sweeps} is the total budget of AMP
 * iterations of a run. Settings not given take {@link AmpParameters#fampDefaults()} (simulation/docs/bp.md,
 * "Defaults of simulate famp"); its {@code --help} rewrites the help of the options whose meaning or default differs
 * from fbp's and hides the BP-only ones (done when picocli injects the spec, after the mixin's options: picocli
 * applies no model transformer to a subcommand added to a built command line). Options that only BP has (committees, message files, representation,
 * block, symmetry breaking) are refused. The matrix products use all cores unless {@code --threads} is given (the
 * rows never depend on it).
 */
@Command(name = "famp", mixinStandardHelpOptions = true,
        description = {"Focusing AMP on binary perceptrons: the options and columns of 'simulate fbp' (sweeps = AMP iterations, "
                + "so --max-sweeps is the total budget of AMP iterations of a run). BP-only options of fbp (--k > 1, "
                + "--representation, --block, --symmetry-breaking, --save-messages, --load-messages) are refused."})
public final class SimulateFampCommand implements Runnable {
    /**
     * The help of famp: fbp's options whose meaning or default differs for AMP get famp's texts, the BP-only ones are
     * hidden (and refused by {@link #run()}).
     */
    static final class HelpTexts {
        private HelpTexts() {
        }

        static void apply(CommandSpec spec) {
            AmpParameters d = AmpParameters.fampDefaults();
            describe(spec, "--epsilon", "Convergence threshold on the largest change, in an AMP iteration, of a "
                    + "pattern-to-weight message as a magnetization (default ${DEFAULT-VALUE}).");
            describe(spec, "--max-iters", "Max AMP iterations per protocol step (default " + d.maxIters() + ").");
            describe(spec, "--damping", "Damping in [0,1) of AMP's output messages and weight fields (default "
                    + d.damping() + ").");
            describe(spec, "--init-range", "Initial magnetizations uniform in +-R (default " + d.initRange() + ").");
            describe(spec, "--threads", "Threads of the matrix products; the rows do not depend on it (default: all "
                    + "cores divided by the runs executed in parallel).");
            describe(spec, "--max-sweeps", "Total budget of AMP iterations of a run over all protocol steps: the step "
                    + "that reaches it ends there and the run stops, with stopped_by = sweep_budget (default "
                    + "${DEFAULT-VALUE}).");
            describe(spec, "--error-check", "When the training errors are checked for the stop at zero errors: STEP "
                    + "(end of each protocol step) or SWEEP (after every AMP iteration) (default ${DEFAULT-VALUE}).");
            for (String bpOnly : new String[] {"--k", "--representation", "--block", "--symmetry-breaking",
                "--save-messages", "--load-messages"}) {
                OptionSpec o = spec.findOption(bpOnly);
                spec.remove(o);
                spec.addOption(OptionSpec.builder(o).hidden(true).build());
            }
        }

        private static void describe(CommandSpec spec, String name, String text) {
            OptionSpec o = spec.findOption(name);
            spec.remove(o);
            spec.addOption(OptionSpec.builder(o).description(text).build());
        }
    }

    private CommandSpec spec;

    /** Receives the spec once picocli has added the fbp mixin's options (fields before methods), and rewrites their help. */
    @Spec
    void spec(CommandSpec s) {
        spec = s;
        HelpTexts.apply(s);
    }

    @Mixin
    SimulateFbpCommand fbp;

    private record Outcome(long seed, Instance inst, FocusingAmp.Result result, double seconds) {
    }

    @Override
    public void run() {
        ParseResult parsed = spec.commandLine().getParseResult();
        for (String bpOnly : new String[] {"--representation", "--block", "--symmetry-breaking", "--save-messages",
                "--load-messages"}) {
            if (parsed.hasMatchedOption(bpOnly)) {
                throw new IllegalArgumentException(bpOnly + " is a BP option; famp does not take it");
            }
        }
        if (fbp.k != 1) {
            throw new IllegalArgumentException("--k = " + fbp.k + ": famp is implemented for the perceptron (k = 1) only");
        }
        if (fbp.runs < 1) {
            throw new IllegalArgumentException("--runs = " + fbp.runs + " must be >= 1");
        }
        if (fbp.jobs < 1) {
            throw new IllegalArgumentException("--jobs = " + fbp.jobs + " must be >= 1");
        }
        if (fbp.maxSweeps < 1) {
            throw new IllegalArgumentException("--max-sweeps = " + fbp.maxSweeps + " must be >= 1");
        }
        if (fbp.runs > 1 && (fbp.trace || fbp.saveWeights != null || fbp.saveInstance != null)) {
            throw new IllegalArgumentException("--trace, --save-weights and --save-instance need --runs 1");
        }
        Instance given = null;
        if (fbp.instanceFile != null) {
            given = InstanceFormat.read(fbp.instanceFile);
            if (given.k() != 1) {
                throw new IllegalArgumentException("the instance has k = " + given.k() + ": famp needs a perceptron (k = 1)");
            }
        } else {
            if (fbp.n == null || fbp.alpha == null) {
                throw new IllegalArgumentException("give --n and --alpha, or --instance FILE");
            }
            if (fbp.n < 1 || fbp.n % 2 == 0) {
                throw new IllegalArgumentException("--n = " + fbp.n + " must be odd and >= 1");
            }
            if (!(fbp.alpha >= 0) || fbp.alpha.isInfinite()) {
                throw new IllegalArgumentException("--alpha = " + fbp.alpha + " must be finite and >= 0");
            }
        }
        Protocol prot = fbp.protocol();
        AmpParameters d = AmpParameters.fampDefaults();
        BpParameters bpPar = fbp.bp.parameters(BpParameters.defaults().withDamping(d.damping()).withMaxIters(d.maxIters())
                .withInitRange(d.initRange()));
        int threads = parsed.hasMatchedOption("--threads") ? bpPar.threads()
                : Math.max(1, Runtime.getRuntime().availableProcessors() / Math.min(fbp.jobs, fbp.runs));
        AmpParameters par = AmpParameters.of(bpPar).withThreads(threads);
        PrintWriter err = spec.commandLine().getErr();
        String cmd = "re " + String.join(" ", parsed.originalArgs());

        if (fbp.trace) {
            CsvTable t = new CsvTable(cmd, "step", "gamma", "y", "S", "q", "qtilde", "free_entropy", "sigma_int", "errors",
                    "sweeps", "converged");
            Outcome o = runOne(given, 0, prot, par, true, r -> {
                Observables ob = r.obs();
                t.row(r.step(), r.gamma(), r.y(), ob.s(), ob.q(), ob.qTilde(), ob.freeEntropy(), ob.sigmaInt(), r.errors(),
                        r.sweeps(), r.converged());
                err.printf("step %d gamma %.4g y %.4g errors %d iterations %d%n", r.step(), r.gamma(), r.y(), r.errors(),
                        r.sweeps());
                err.flush();
            });
            meta(t, o.inst(), prot, par).meta("seed", o.seed()).meta("solved", o.result().solved())
                    .meta("stopped_by", o.result().stop().label()).meta("seconds", CsvTable.num(o.seconds()));
            save(o);
            t.emit(spec.commandLine().getOut(), fbp.output.out());
            return;
        }
        CsvTable t = new CsvTable(cmd, "algorithm", "n", "alpha", "k", "protocol", "seed", "solved", "errors", "steps",
                "sweeps", "seconds", "stopped_by");
        Instance fixed = given;
        List<Outcome> outs = RunPool.map(fbp.runs, fbp.jobs, r -> runOne(fixed, r, prot, par, false, null), (o, r) -> {
            err.printf("run %d seed %d solved %s errors %d iterations %d %.2f s (%s)%n", r, o.seed(), o.result().solved(),
                    o.result().errors(), o.result().iterations(), o.seconds(), o.result().stop().label());
            err.flush();
        });
        for (Outcome o : outs) {
            FocusingAmp.Result res = o.result();
            t.row("famp", o.inst().n(), o.inst().alpha(), o.inst().k(), prot.name(), o.seed(), res.solved(), res.errors(),
                    res.steps(), res.iterations(), o.seconds(), res.stop().label());
        }
        meta(t, outs.get(0).inst(), prot, par);
        if (fbp.runs == 1) {
            save(outs.get(0));
        }
        t.emit(spec.commandLine().getOut(), fbp.output.out());
    }

    private CsvTable meta(CsvTable t, Instance inst, Protocol prot, AmpParameters par) {
        return t.meta("m", inst.m()).meta("labels", inst.teacher() != null ? "teacher" : "random")
                .meta("protocol_steps", prot.size()).meta("amp", par.toString()).meta("error_check", fbp.errorCheck)
                .meta("max_sweeps", fbp.maxSweeps).meta("sweeps", "AMP iterations");
    }

    private void save(Outcome o) {
        if (fbp.saveWeights != null) {
            InstanceFormat.writeWeights(o.result().weights(), fbp.saveWeights, "famp weights, seed " + o.seed()
                    + ", errors " + o.result().errors());
        }
        if (fbp.saveInstance != null) {
            InstanceFormat.write(o.inst(), fbp.saveInstance);
        }
    }

    private Outcome runOne(Instance given, int r, Protocol prot, AmpParameters par, boolean observe,
                           Consumer<FocusingBp.StepRecord> listener) {
        long s = fbp.seed + r;
        Instance inst = given != null ? given : Instance.random(fbp.n, 1, fbp.alpha, fbp.teacher, s);
        long t0 = System.nanoTime();
        FocusingAmp.Result res = FocusingAmp.run(inst, null, prot, par, s, observe, fbp.runToEnd, listener, fbp.errorCheck,
                fbp.maxSweeps);
        double sec = (System.nanoTime() - t0) * 1e-9;
        return new Outcome(s, inst, res, sec);
    }
}
