package org.robustensemble.figures.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.robustensemble.simulation.bp.BpParameters;
import org.robustensemble.simulation.bp.FocusingBp;
import org.robustensemble.simulation.bp.Messages;
import org.robustensemble.simulation.bp.Observables;
import org.robustensemble.simulation.bp.Protocol;
import org.robustensemble.simulation.instance.Instance;
import org.robustensemble.simulation.instance.InstanceFormat;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code re simulate fbp}: focusing belief propagation (science.md 4.3) on random or given instances. One row per
 * run ({@code algorithm,n,alpha,k,protocol,seed,solved,errors,steps,sweeps,seconds}); with {@code --trace} one
 * row per protocol step instead.
 */
@Command(name = "fbp", mixinStandardHelpOptions = true,
        description = "Focusing BP on binary perceptrons (k = 1) and committee machines (k odd).")
public final class SimulateFbpCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    OutputOptions output;

    @Mixin
    BpOptions bp;

    @Option(names = "--n", description = "Inputs per hidden unit (odd).")
    Integer n;

    @Option(names = "--alpha", description = "Load M/(N K).")
    Double alpha;

    @Option(names = "--k", defaultValue = "1", description = "Hidden units (odd; 1 = perceptron) (default ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--teacher", description = "Teacher-student labels instead of random labels.")
    boolean teacher;

    @Option(names = "--protocol", defaultValue = "standard",
            description = "standard | scoping | pseudo | free (default ${DEFAULT-VALUE}).")
    String protocol;

    @Option(names = "--steps", description = "Protocol steps (standard: 100 = dx 0.01; pseudo: 101; scoping: 101).")
    Integer steps;

    @Option(names = "--y", defaultValue = "21", description = "Scoping: number of replicas (default ${DEFAULT-VALUE}).")
    double scopingY;

    @Option(names = "--gamma-max", defaultValue = "7", description = "Scoping: final gamma (default ${DEFAULT-VALUE}).")
    double gammaMax;

    @Option(names = "--schedule", paramLabel = "LIST|@FILE",
            description = "Free protocol: 'gamma,y;gamma,y;...' or @FILE with one 'gamma,y' per line ('inf' allowed).")
    String schedule;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of run 0; run r uses seed + r (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--runs", defaultValue = "1", description = "Independent runs (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--jobs", defaultValue = "1", description = "Runs executed in parallel (rows are identical to serial) (default ${DEFAULT-VALUE}).")
    int jobs;

    @Option(names = "--instance", converter = OutputOptions.ReadablePath.class, description = "Read the instance from FILE (all runs use it, with different BP seeds).")
    Path instanceFile;

    @Option(names = "--save-instance", converter = OutputOptions.SavePath.class, description = "Write the (single run's) instance to FILE.")
    Path saveInstance;

    @Option(names = "--save-weights", converter = OutputOptions.SavePath.class, description = "Write sign(m) of the (single) run to FILE.")
    Path saveWeights;

    @Option(names = "--save-messages", converter = OutputOptions.SavePath.class, description = "Write the final messages of the (single) run to FILE (warm start).")
    Path saveMessages;

    @Option(names = "--load-messages", converter = OutputOptions.ReadablePath.class, description = "Start from messages saved with --save-messages.")
    Path loadMessages;

    @Option(names = "--trace", description = "Print one row per protocol step (single run).")
    boolean trace;

    @Option(names = "--run-to-end", description = "Do not stop at zero training errors.")
    boolean runToEnd;

    @Option(names = "--error-check", defaultValue = "STEP",
            description = "When the training errors are checked for the stop at zero errors: STEP (end of each protocol step, "
                    + "the authors' packages) or SWEEP (after every sweep) (default ${DEFAULT-VALUE}).")
    FocusingBp.ErrorCheck errorCheck;

    private record Outcome(long seed, Instance inst, FocusingBp.Result result, double seconds) {
    }

    Protocol protocol() {
        String p = protocol.toLowerCase(Locale.ROOT);
        switch (p) {
            case "standard":
                return Protocol.standardReinforcement(steps == null ? 100 : steps);
            case "pseudo":
                return Protocol.pseudoReinforcement(steps == null ? 101 : steps);
            case "scoping":
                return Protocol.scoping(scopingY, gammaMax, steps == null ? 101 : steps);
            case "free":
                if (schedule == null) {
                    throw new IllegalArgumentException("--protocol free needs --schedule 'gamma,y;...' or @FILE");
                }
                return schedule.startsWith("@") ? Protocol.readFree(Path.of(schedule.substring(1))) : Protocol.parseFree(schedule);
            default:
                throw new IllegalArgumentException("--protocol = " + protocol + " must be one of standard, scoping, pseudo, free");
        }
    }

    @Override
    public void run() {
        if (runs < 1) {
            throw new IllegalArgumentException("--runs = " + runs + " must be >= 1");
        }
        if (jobs < 1) {
            throw new IllegalArgumentException("--jobs = " + jobs + " must be >= 1");
        }
        if (runs > 1 && (trace || saveWeights != null || saveMessages != null || saveInstance != null)) {
            throw new IllegalArgumentException("--trace, --save-weights, --save-messages and --save-instance need --runs 1");
        }
        Args.onlyWhen(spec, instanceFile == null, "without --instance (they come from the file)", "--n", "--alpha",
                "--k", "--teacher");
        String p = protocol.toLowerCase(Locale.ROOT);
        Args.onlyWhen(spec, p.equals("free"), "with --protocol free", "--schedule");
        Args.onlyWhen(spec, p.equals("scoping"), "with --protocol scoping", "--y", "--gamma-max");
        Args.onlyWhen(spec, !p.equals("free"), "without --protocol free (the schedule sets the steps)", "--steps");
        Instance given = null;
        if (instanceFile != null) {
            given = InstanceFormat.read(instanceFile);
        } else {
            if (n == null || alpha == null) {
                throw new IllegalArgumentException("give --n and --alpha, or --instance FILE");
            }
            if (n < 1 || n % 2 == 0) {
                throw new IllegalArgumentException("--n = " + n + " must be odd and >= 1");
            }
            if (k < 1 || k % 2 == 0) {
                throw new IllegalArgumentException("--k = " + k + " must be odd and >= 1");
            }
            if (!(alpha >= 0) || alpha.isInfinite()) {
                throw new IllegalArgumentException("--alpha = " + alpha + " must be finite and >= 0");
            }
        }
        Protocol prot = protocol();
        BpParameters par = bp.parameters();
        Messages warm = loadMessages == null ? null : Messages.load(loadMessages);
        PrintWriter err = spec.commandLine().getErr();
        String cmd = "re " + String.join(" ", spec.commandLine().getParseResult().originalArgs());

        if (trace) {
            CsvTable t = new CsvTable(cmd, "step", "gamma", "y", "S", "q", "qtilde", "free_entropy", "sigma_int", "errors",
                    "sweeps", "converged");
            Outcome o = runOne(given, 0, prot, par, warm, true, r -> {
                Observables ob = r.obs();
                t.row(r.step(), r.gamma(), r.y(), ob.s(), ob.q(), ob.qTilde(), ob.freeEntropy(), ob.sigmaInt(), r.errors(),
                        r.sweeps(), r.converged());
                err.printf("step %d gamma %.4g y %.4g errors %d sweeps %d%n", r.step(), r.gamma(), r.y(), r.errors(), r.sweeps());
                err.flush();
            });
            meta(t, o.inst(), prot, par).meta("seed", o.seed()).meta("solved", o.result().solved())
                    .meta("seconds", CsvTable.num(o.seconds()));
            save(o);
            t.emit(spec.commandLine().getOut(), output.out());
            return;
        }
        CsvTable t = new CsvTable(cmd, "algorithm", "n", "alpha", "k", "protocol", "seed", "solved", "errors", "steps",
                "sweeps", "seconds");
        Instance fixed = given;
        List<Outcome> outs = RunPool.map(runs, jobs, r -> runOne(fixed, r, prot, par, warm, false, null), (o, r) -> {
            err.printf("run %d seed %d solved %s errors %d sweeps %d %.2f s%n", r, o.seed(), o.result().solved(),
                    o.result().errors(), o.result().sweeps(), o.seconds());
            err.flush();
        });
        for (Outcome o : outs) {
            FocusingBp.Result res = o.result();
            t.row("fbp", o.inst().n(), o.inst().alpha(), o.inst().k(), prot.name(), o.seed(), res.solved(), res.errors(),
                    res.steps(), res.sweeps(), o.seconds());
        }
        meta(t, outs.get(0).inst(), prot, par);
        if (runs == 1) {
            save(outs.get(0));
        }
        t.emit(spec.commandLine().getOut(), output.out());
    }

    private CsvTable meta(CsvTable t, Instance inst, Protocol prot, BpParameters par) {
        return t.meta("m", inst.m()).meta("labels", inst.teacher() != null ? "teacher" : "random")
                .meta("protocol_steps", prot.size()).meta("bp", par.toString()).meta("error_check", errorCheck);
    }

    private void save(Outcome o) {
        if (saveWeights != null) {
            OutputFile.replace(saveWeights, "--save-weights", path -> InstanceFormat.writeWeights(o.result().weights(),
                    path, "fbp weights, seed " + o.seed() + ", errors " + o.result().errors()));
        }
        if (saveMessages != null) {
            OutputFile.replace(saveMessages, "--save-messages", path -> o.result().messages().save(path));
        }
        if (saveInstance != null) {
            OutputFile.replace(saveInstance, "--save-instance", path -> InstanceFormat.write(o.inst(), path));
        }
    }

    private Outcome runOne(Instance given, int r, Protocol prot, BpParameters par, Messages warm, boolean observe,
                           java.util.function.Consumer<FocusingBp.StepRecord> listener) {
        long s = seed + r;
        Instance inst = given != null ? given : Instance.random(n, k, alpha, teacher, s);
        long t0 = System.nanoTime();
        FocusingBp.Result res = FocusingBp.run(inst, prot, par, s, warm, observe, runToEnd, listener, errorCheck);
        double sec = (System.nanoTime() - t0) * 1e-9;
        return new Outcome(s, inst, res, sec);
    }
}
