package org.robustensemble.figures.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.robustensemble.simulation.instance.Instance;
import org.robustensemble.simulation.instance.InstanceFormat;
import org.robustensemble.simulation.mc.Annealer;
import org.robustensemble.simulation.mc.EnergyKind;
import org.robustensemble.simulation.mc.Schedule;

import picocli.CommandLine.Option;

/**
 * Shared options and driver of {@code re simulate sa} and {@code re simulate rsa}: instance generation or
 * reading, the beta schedule, the sweep budget, parallel runs (one task per run, results in seed order, so the
 * rows do not depend on the thread count except for the timing columns), summary or trace output.
 */
abstract class AnnealCommandBase extends InstanceCommandBase {
    @Option(names = "--save-instance", paramLabel = "FILE", converter = OutputOptions.SavePath.class, description = "Write the generated instance to FILE (only with --runs 1).")
    Path saveInstance;

    @Option(names = "--energy", paramLabel = "KIND", description = "Training energy: step or linear. Default: ${DEFAULT-VALUE}.")
    EnergyKind energy = EnergyKind.LINEAR;

    @Option(names = "--beta-schedule", paramLabel = "FORM", description = "linear or geometric. Default: ${DEFAULT-VALUE}.")
    Schedule.Form betaForm = defaultBetaForm();

    @Option(names = "--beta0", paramLabel = "B", description = "Initial inverse temperature (> 0). Default: ${DEFAULT-VALUE}.")
    double beta0 = defaultBeta0();

    @Option(names = "--beta-rate", paramLabel = "R", description = "Per-sweep step (linear) or factor (geometric). Default: the rate that reaches --beta-max at the end of the sweep budget.")
    Double betaRate;

    @Option(names = "--beta-max", paramLabel = "B", description = "Cap of beta. Default: ${DEFAULT-VALUE}.")
    double betaMax = defaultBetaMax();

    @Option(names = "--sweeps", paramLabel = "T", description = "Sweep budget per run (one sweep = one attempt per variable of the system). Default: ${DEFAULT-VALUE}.")
    int sweeps = defaultSweeps();

    @Option(names = "--trace", description = "Print per-sweep rows (beta, gamma, energies, overlap) instead of the summary; summaries go to stderr.")
    boolean trace;

    @Option(names = "--details", description = "Append columns solved_by (replica index, or 'ref'), reference_energy, accepted to the summary.")
    boolean details;

    /** @return the algorithm name of the summary rows */
    abstract String algorithm();

    /** @return the run parameters from the options */
    abstract Annealer.Params params(Schedule beta);

    abstract double defaultBeta0();

    abstract Schedule.Form defaultBetaForm();

    abstract double defaultBetaMax();

    abstract int defaultSweeps();

    /** Adds algorithm-specific provenance. */
    abstract void meta(CsvTable t);

    private record Outcome(long seed, Instance inst, Annealer.Result result, List<Object[]> trace) {
    }

    /** @return the number of replica systems of one run (y, plus the explicit reference) */
    int members() {
        return 1;
    }

    /** Checks the options that only some algorithms or settings use; bad input: IllegalArgumentException. */
    void checkOptions() {
    }

    @Override
    public void run() {
        instance.requireRuns();
        instance.requireGeneratedOnly(spec);
        Args.onlyWhen(spec, instance.instanceFile == null, "for a generated instance (--instance is a file already)",
                "--save-instance");
        Args.onlyWhen(spec, !trace, "without --trace (the per-sweep rows have their own columns)", "--details");
        checkOptions();
        Instance fixed = instance.readOrCheck();
        int nn = fixed != null ? fixed.n() : instance.n;
        int kk = fixed != null ? fixed.k() : instance.k;
        int m = fixed != null ? fixed.m() : Instance.patternsFor(instance.n, instance.k, instance.alpha);
        if (saveInstance != null && instance.runs != 1) {
            throw new IllegalArgumentException("--save-instance needs --runs 1");
        }
        requireSchedule("--beta0", beta0, "--beta-max", betaMax, betaForm, true);
        requireRate("--beta-rate", betaRate, betaForm);
        if (sweeps < 1) {
            throw new IllegalArgumentException("--sweeps " + sweeps + " is out of range: must be >= 1");
        }
        int workers = instance.workers();
        requireMemory(nn, kk, m, workers);
        Schedule beta = schedule(betaForm, beta0, betaRate, betaMax, sweeps);
        Annealer.Params p = params(beta);

        String cmd = "re " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        CsvTable t;
        if (trace) {
            t = new CsvTable(cmd, "seed", "sweep", "beta", "gamma", "energy_min", "energy_mean", "reference_energy",
                    "overlap");
        } else if (details) {
            t = new CsvTable(cmd, "algorithm", "n", "alpha", "k", "y", "seed", "solved", "energy", "sweeps", "seconds",
                    "flips_per_second", "solved_by", "reference_energy", "accepted");
        } else {
            t = new CsvTable(cmd, "algorithm", "n", "alpha", "k", "y", "seed", "solved", "energy", "sweeps", "seconds",
                    "flips_per_second");
        }
        t.meta("energy", energy.name().toLowerCase(Locale.ROOT)).meta("beta", beta).meta("sweep_budget", sweeps);
        meta(t);
        instance.meta(t);
        if (fixed == null) {
            t.meta("alpha_requested", CsvTable.num(instance.alpha));
        }
        t.meta("m", m);
        t.stream(spec.commandLine().getOut(), output.out());
        final Instance fixedInstance = fixed;
        RunPool.forEach(instance.runs, workers, r -> runOne(fixedInstance, instance.seed + r, p), (o, r) -> {
            Annealer.Result res = o.result();
            spec.commandLine().getErr().printf(Locale.ROOT,
                    "%s seed=%d solved=%s energy=%s sweeps=%d seconds=%.3f%n", algorithm(), o.seed(),
                    res.solved(), CsvTable.num(res.energy()), res.sweeps(), res.seconds());
            spec.commandLine().getErr().flush();
            if (trace) {
                for (Object[] row : o.trace()) {
                    t.row(row);
                }
            } else {
                Instance inst = o.inst();
                List<Object> row = new ArrayList<>(List.of(algorithm(), inst.n(), inst.alpha(), inst.k(), p.replicas(),
                        o.seed(), res.solved(), (long) res.energy(), res.sweeps(), res.seconds(), res.flipsPerSecond()));
                if (details) {
                    row.add(res.solvedBy() < 0 ? "" : res.solvedBy() == p.replicas() ? "ref" : String.valueOf(res.solvedBy()));
                    row.add((long) res.referenceEnergy());
                    row.add(res.accepted());
                }
                t.row(row.toArray());
            }
            if (saveInstance != null) {
                OutputFile.replace(saveInstance, "--save-instance", path -> InstanceFormat.write(o.inst(), path));
            }
        });
        t.emit(spec.commandLine().getOut(), output.out());
    }

    /**
     * Checks a schedule's start and cap, naming the options as typed.
     *
     * @param positive whether the start must be > 0 (beta), else >= 0 (gamma; > 0 if geometric)
     */
    static void requireSchedule(String startOption, double start, String maxOption, double max, Schedule.Form form,
                                boolean positive) {
        boolean startOk = Double.isFinite(start) && (positive || form == Schedule.Form.GEOMETRIC ? start > 0 : start >= 0);
        if (!startOk) {
            throw new IllegalArgumentException(startOption + " " + CsvTable.num(start) + " is out of range: must be finite and "
                    + (positive || form == Schedule.Form.GEOMETRIC ? "> 0" : ">= 0")
                    + (!positive && form == Schedule.Form.GEOMETRIC ? " for a geometric schedule" : ""));
        }
        if (!(max >= start) || Double.isInfinite(max)) {
            throw new IllegalArgumentException(maxOption + " " + CsvTable.num(max) + " is out of range: must be finite and >= "
                    + startOption + " " + CsvTable.num(start));
        }
    }

    /** Checks a schedule's rate (if given): a linear step finite and >= 0, a geometric factor finite and >= 1. */
    static void requireRate(String option, Double rate, Schedule.Form form) {
        double min = form == Schedule.Form.GEOMETRIC ? 1 : 0;
        if (rate != null && !(rate >= min && Double.isFinite(rate))) {
            throw new IllegalArgumentException(option + " " + CsvTable.num(rate) + " is out of range: must be finite and >= "
                    + (int) min + (form == Schedule.Form.GEOMETRIC ? " (a factor per sweep, geometric schedule)"
                            : " (a step per sweep, linear schedule)"));
        }
    }

    /**
     * Refuses runs that do not fit in memory (Args.requireMemory): per concurrent run the instance, its column
     * copies (one per energy family) and the replicas' energies (bit-sliced stabilities for a perceptron, three
     * int arrays of K M for a committee).
     */
    private void requireMemory(int nn, int kk, int m, int workers) {
        int members = members();
        String what = "--n " + nn + (kk > 1 ? " --k " + kk : "") + " with M = " + m + " patterns"
                + (members > 1 ? " and " + members + " replica systems (--y " + replicas() + ")" : "") + (workers > 1 ? " on " + workers
                + " parallel runs" : "");
        Args.requireArray((double) nn * m, what);
        Args.requireArray((double) kk * m, what);
        Args.requireArray((double) nn * kk * members, what);
        double wordsM = Math.ceil(m / 64.0) + 1;
        double instance = 8.0 * m * Math.ceil(nn / 64.0) + m + nn * kk;
        double columns = (members > 1 && members != replicas() ? 2 : 1) * (1.0 * nn * m + 8.0 * nn * wordsM);
        double planes = 2 + Math.log(nn + 1) / Math.log(2);
        double perMember = kk == 1 ? 8 * wordsM * (planes + 2) + nn : 12.0 * kk * m + nn * kk;
        double perRun = instance + columns + members * (perMember + 2.0 * nn * kk) + 4.0 * nn * kk;
        Args.requireMemory(perRun * workers, what);
    }

    /** @return y (the replicas coupled through the reference) */
    int replicas() {
        return 1;
    }

    /**
     * @return the per-sweep rate that takes a schedule from start (at sweep 0) to max at the last sweep of the
     * budget (sweep budget - 1); 0 or 1 (constant) if max = start or the budget is one sweep
     */
    static double fitRate(Schedule.Form form, double start, double max, int budget) {
        if (!(max >= start) || Double.isInfinite(max)) {
            throw new IllegalArgumentException("schedule max = " + max + " must be finite and >= start = " + start
                    + " when the rate is derived from the budget");
        }
        int steps = Math.max(1, budget - 1);
        if (form == Schedule.Form.LINEAR) {
            return (max - start) / steps;
        }
        if (!(start > 0)) {
            throw new IllegalArgumentException("a geometric schedule needs start > 0, got " + start);
        }
        return Math.max(1.0, Math.pow(max / start, 1.0 / steps));
    }

    /** @return the schedule from start to max with the given rate, or else the rate {@link #fitRate} fits to the budget */
    static Schedule schedule(Schedule.Form form, double start, Double rate, double max, int budget) {
        return new Schedule(form, start, rate != null ? rate : fitRate(form, start, max, budget), max);
    }

    private Outcome runOne(Instance fixed, long s, Annealer.Params p) {
        Instance inst = instance.instance(fixed, s);
        List<Object[]> rows = new ArrayList<>();
        Annealer.TraceListener tl = null;
        if (trace) {
            tl = (sweep, b, g, e, re, ov) -> {
                double min = Double.POSITIVE_INFINITY;
                double sum = 0;
                for (double v : e) {
                    min = Math.min(min, v);
                    sum += v;
                }
                rows.add(new Object[] {s, sweep, b, g, (long) min, sum / e.length, (long) re, ov});
            };
        }
        return new Outcome(s, inst, Annealer.run(inst, p, s, tl), rows);
    }
}
