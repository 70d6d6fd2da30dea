package org.robustensemble.figures.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.robustensemble.simulation.bp.BeliefPropagation;
import org.robustensemble.simulation.bp.BpParameters;
import org.robustensemble.simulation.bp.FocusingBp;
import org.robustensemble.simulation.bp.Messages;
import org.robustensemble.simulation.bp.Observables;
import org.robustensemble.simulation.bp.Protocol;
import org.robustensemble.simulation.instance.Instance;
import org.robustensemble.simulation.instance.InstanceFormat;
import org.robustensemble.simulation.instance.Patterns;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code re simulate fbp}: focusing belief propagation (docs/theory.md 4.3) on random or given instances. One row per
 * run ({@code algorithm,n,alpha,k,protocol,seed,solved,errors,steps,sweeps,seconds,stopped_by}, the last column
 * saying what ended the run: solved, protocol_end or sweep_budget); with {@code --trace} one row per protocol step
 * instead. BP settings not given take {@link BpParameters#fbpDefaults(int)} (per machine type); every run is bounded
 * by a total sweep budget; runs are spread over all cores by default; the heap a run needs is estimated before
 * anything is allocated.
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

    /** Runs in parallel; the default is every core (picocli keeps the initial value when the option is not given). */
    @Option(names = "--jobs", description = "Runs executed in parallel (rows are identical to serial) (default: all cores, "
            + "${DEFAULT-VALUE} here).")
    int jobs = Runtime.getRuntime().availableProcessors();

    /** Default of {@code --max-sweeps} (simulation/docs/bp.md, "Defaults of simulate fbp"). */
    static final long DEFAULT_MAX_SWEEPS = 2000;

    private static final double GIB = 1024.0 * 1024 * 1024;

    @Option(names = "--max-sweeps", defaultValue = "" + DEFAULT_MAX_SWEEPS,
            description = "Total sweep budget of a run over all protocol steps: the step that reaches it ends there and the "
                    + "run stops, with stopped_by = sweep_budget (default ${DEFAULT-VALUE}).")
    long maxSweeps;

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
        if (maxSweeps < 1) {
            throw new IllegalArgumentException("--max-sweeps = " + maxSweeps + " must be >= 1");
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
        BpParameters par = bp.parameters(BpParameters.fbpDefaults(given != null ? given.k() : k));
        if (given != null) {
            checkMemory(given.n(), given.k(), given.m(), par, Math.min(jobs, runs), false);
        } else {
            checkMemory(n, k, Instance.patternsFor(n, k, alpha), par, Math.min(jobs, runs), true);
        }
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
                    .meta("stopped_by", o.result().stop().label()).meta("seconds", CsvTable.num(o.seconds()));
            save(o);
            t.emit(spec.commandLine().getOut(), output.out());
            return;
        }
        CsvTable t = new CsvTable(cmd, "algorithm", "n", "alpha", "k", "protocol", "seed", "solved", "errors", "steps",
                "sweeps", "seconds", "stopped_by");
        Instance fixed = given;
        // the provenance is known before the first run, so the rows stream: a killed run keeps the finished ones
        long m = given != null ? given.m() : Instance.patternsFor(n, k, alpha);
        boolean teacherLabels = given != null ? given.teacher() != null : teacher;
        meta(t, m, teacherLabels, prot, par).stream(spec.commandLine().getOut(), output.out());
        RunPool.forEach(runs, jobs, r -> runOne(fixed, r, prot, par, warm, false, null), (o, r) -> {
            FocusingBp.Result res = o.result();
            err.printf("run %d seed %d solved %s errors %d sweeps %d %.2f s (%s)%n", r, o.seed(), res.solved(),
                    res.errors(), res.sweeps(), o.seconds(), res.stop().label());
            err.flush();
            t.row("fbp", o.inst().n(), o.inst().alpha(), o.inst().k(), prot.name(), o.seed(), res.solved(), res.errors(),
                    res.steps(), res.sweeps(), o.seconds(), res.stop().label());
            if (runs == 1) {
                save(o);
            }
        });
        t.emit(spec.commandLine().getOut(), output.out());
    }

    private CsvTable meta(CsvTable t, Instance inst, Protocol prot, BpParameters par) {
        return meta(t, inst.m(), inst.teacher() != null, prot, par);
    }

    private CsvTable meta(CsvTable t, long m, boolean teacherLabels, Protocol prot, BpParameters par) {
        return t.meta("m", m).meta("labels", teacherLabels ? "teacher" : "random")
                .meta("protocol_steps", prot.size()).meta("bp", par.toString()).meta("error_check", errorCheck)
                .meta("max_sweeps", maxSweeps).meta("jobs", jobs);
    }

    /**
     * Refuses (exit 2) a size whose runs would not fit in the heap, before anything is allocated: the estimate is
     * {@link BeliefPropagation#bytesNeeded} per concurrent run plus the instance (bit-packed patterns, when generated
     * per run) and the copies of the messages that --load-messages and --save-messages hold.
     */
    private void checkMemory(int nn, int kk, long m, BpParameters par, int concurrent, boolean instancePerRun) {
        long nw = (long) nn * kk;
        double perRun = BeliefPropagation.bytesNeeded(nn, kk, m, par)
                + (instancePerRun ? 8.0 * m * Patterns.wordsFor(nn) + m + nw : 0)
                + (saveMessages != null ? 8.0 * m * nw + 16.0 * nw : 0);
        double needed = concurrent * perRun + (loadMessages != null ? 8.0 * m * nw + 16.0 * nw : 0);
        Runtime rt = Runtime.getRuntime();
        long available = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        if (needed > available) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "N = %d, K = %d, M = %d needs about %.0f bytes (%.3g GiB, %d run(s) at a time) but the JVM has %d bytes "
                            + "(%.3g GiB) of heap left, max heap %d: lower --n, --alpha or --jobs, or raise -Xmx (RE_JAVA_OPTS)",
                    nn, kk, m, needed, needed / GIB, concurrent, available, available / GIB, rt.maxMemory()));
        }
        double messages = (double) m * nw;
        if (messages > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "N = %d, K = %d, M = %d: %.0f messages (M N K) are "
                    + "more than a Java array holds (2^31 - 9): lower --n or --alpha", nn, kk, m, messages));
        }
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
        FocusingBp.Result res = FocusingBp.run(inst, prot, par, s, warm, observe, runToEnd, listener, errorCheck, maxSweeps);
        double sec = (System.nanoTime() - t0) * 1e-9;
        return new Outcome(s, inst, res, sec);
    }
}
