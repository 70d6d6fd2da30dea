package org.robustensemble.figures.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.robustensemble.simulation.instance.Instance;
import org.robustensemble.simulation.sgd.Coupling;
import org.robustensemble.simulation.sgd.EpochRecord;
import org.robustensemble.simulation.sgd.Generalization;
import org.robustensemble.simulation.sgd.ReplicatedSgd;
import org.robustensemble.simulation.sgd.SgdParameters;
import org.robustensemble.simulation.sgd.SgdResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code re simulate sgd}: plain or replicated SGD on random committee-machine instances (docs/theory.md 4.5).
 *
 * <p>Run r (r = 0..R-1) uses seed S + r for everything: the instance (its {@code INSTANCE}/{@code TEACHER}
 * streams), the algorithm ({@code INITIAL_STATE}, {@code MINIBATCH}, {@code UPDATE_ORDER}) and the test set
 * ({@code TEST_PATTERNS}); so SGD and replicated SGD with the same seed see the same instance and test set.
 * Runs execute in parallel on {@code --threads} threads; every run is single-threaded and owns its streams,
 * so the rows (all but {@code seconds}) are identical to a serial execution.
 */
@Command(name = "sgd", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Clipped SGD (y = 1, lambda = 0) or replicated SGD on binary committee machines.",
                "Prints algorithm,n,k,alpha,y,seed,solved,errors,epochs,seconds per run (plus test_error,"
                        + " reference_test_error with --teacher), or per-epoch rows with --trace."})
public final class SimulateSgdCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    OutputOptions output;

    @Option(names = "--n", required = true, description = "Inputs per hidden unit N (odd).")
    int n;

    @Option(names = "--k", required = true, description = "Hidden units K (odd).")
    int k;

    @Option(names = "--alpha", required = true, description = "Requested load alpha = M/(N K), M = rint(alpha N K); the rows"
            + " give the realised M/(N K), '# alpha_requested=' the value asked for.")
    double alpha;

    @Option(names = "--y", defaultValue = "1", description = "Replicas (default ${DEFAULT-VALUE}; 1 = plain SGD).")
    int y;

    @Option(names = "--batch", defaultValue = "80", description = "Mini-batch size (default ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--eta", defaultValue = "2", description = "Learning rate of the pattern term (default ${DEFAULT-VALUE}).")
    double eta;

    @Option(names = "--lambda", description = "Interaction step (default 0.75 if y > 1, 0 if y = 1).")
    Double lambda;

    @Option(names = "--gamma", defaultValue = "0.05", description = "Initial interaction strength (default ${DEFAULT-VALUE}).")
    double gamma;

    @Option(names = "--gamma-step", defaultValue = "0.001", description = "Added to gamma after each epoch (default ${DEFAULT-VALUE}).")
    double gammaStep;

    @Option(names = "--eta-factor", defaultValue = "1", description = "eta is multiplied by it after each epoch (default ${DEFAULT-VALUE}).")
    double etaFactor;

    @Option(names = "--lambda-factor", defaultValue = "1", description = "lambda is multiplied by it after each epoch (default ${DEFAULT-VALUE}).")
    double lambdaFactor;

    @Option(names = "--coupling", defaultValue = "tanh",
            description = "Interaction: tanh, hard-tanh, corrected, continuous (traced reference) or explicit (reference replica). Default ${DEFAULT-VALUE}.")
    String coupling;

    @Option(names = "--independent-init", description = "Start the replicas from independent random configurations (default: all equal).")
    boolean independentInit;

    @Option(names = "--epochs", defaultValue = "1000", description = "Epoch budget (default ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of run 0; run r uses seed + r (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--runs", defaultValue = "1", description = "Independent runs (instances) (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--threads", description = "Worker threads for the runs (default min(runs, available processors)).")
    Integer threads;

    @Option(names = "--teacher", description = "Teacher-student instances; adds the test error on fresh patterns.")
    boolean teacher;

    @Option(names = "--test-patterns", defaultValue = "10000", description = "Fresh test patterns with --teacher (default ${DEFAULT-VALUE}).")
    int testPatterns;

    @Option(names = "--trace", description = "Print one row per epoch and run instead of one row per run (run summaries go to stderr).")
    boolean trace;

    /** One finished run. */
    private record Outcome(long seed, SgdResult result, double seconds, double testError, double refTestError,
                           List<EpochRecord> trace) {
    }

    @Override
    public void run() {
        if (runs < 1) {
            throw new IllegalArgumentException("--runs " + runs + " is out of range: must be >= 1");
        }
        if (threads != null && threads < 1) {
            throw new IllegalArgumentException("--threads " + threads + " is out of range: must be >= 1");
        }
        Args.onlyWhen(spec, teacher, "with --teacher", "--test-patterns");
        if (teacher && testPatterns < 1) {
            throw new IllegalArgumentException("--test-patterns " + testPatterns + " is out of range: must be >= 1");
        }
        if (n < 1 || n % 2 == 0) {
            throw new IllegalArgumentException("--n " + n + " is out of range: must be odd and >= 1 (+-1 inputs need odd N:"
                    + " no zero fields)");
        }
        if (k < 1 || k % 2 == 0) {
            throw new IllegalArgumentException("--k " + k + " is out of range: must be odd and >= 1");
        }
        if (y < 1) {
            throw new IllegalArgumentException("--y " + y + " is out of range: must be >= 1");
        }
        Args.requireAlpha(alpha);
        Args.requireAtLeast(batch, 1, false, "--batch");
        Args.requireAtLeast(eta, 0, true, "--eta");
        Args.requireAtLeast(etaFactor, 0, true, "--eta-factor");
        Args.requireAtLeast(gamma, 0, false, "--gamma");
        Args.requireAtLeast(gammaStep, 0, false, "--gamma-step");
        Args.requireAtLeast(lambdaFactor, 0, false, "--lambda-factor");
        Args.requireAtLeast(epochs, 0, false, "--epochs");
        if (lambda != null) {
            Args.requireAtLeast(lambda, 0, false, "--lambda");
        }
        int m = Instance.patternsFor(n, k, alpha);
        double lam = lambda != null ? lambda : (y > 1 ? 0.75 : 0.0);
        // plain SGD (one replica, no interaction step) has no coupling to configure
        Args.onlyWhen(spec, y > 1 || lam != 0, "with replicas (--y > 1) or an interaction step (--lambda > 0)", "--gamma",
                "--gamma-step", "--coupling", "--lambda-factor");
        Args.onlyWhen(spec, y > 1, "with replicas (--y > 1)", "--independent-init");
        SgdParameters params = new SgdParameters(y, batch, eta, lam, gamma, gammaStep, etaFactor, lambdaFactor, epochs,
                Coupling.parse(coupling), !independentInit);
        String algorithm = algorithmName(params);
        int workers = threads != null ? Math.min(threads, runs) : RunPool.defaultWorkers(runs);
        requireMemory(m, workers);

        CsvTable table = trace ? traceTable(params) : summaryTable();
        table.meta("algorithm", algorithm).meta("n", n).meta("k", k).meta("alpha_requested", alpha).meta("m", m)
                .meta("y", y).meta("batch", batch).meta("eta", eta).meta("lambda", lam).meta("gamma", gamma)
                .meta("gamma_step", gammaStep).meta("eta_factor", etaFactor).meta("lambda_factor", lambdaFactor)
                .meta("coupling", params.coupling().cliName()).meta("init_equal", params.initEqual())
                .meta("epochs", epochs).meta("seed", seed).meta("runs", runs)
                .meta("labels", teacher ? "teacher" : "random");
        if (teacher) {
            table.meta("test_patterns", testPatterns);
        }
        table.stream(spec.commandLine().getOut(), output.out());
        double realised = (double) m / ((double) n * k);
        PrintWriter err = spec.commandLine().getErr();
        RunPool.forEach(runs, workers, r -> runOne(seed + r, params), (o, r) -> {
            err.printf("re simulate sgd: run %d/%d seed %d %s in %d epochs (%d errors), %.2f s%n", r + 1, runs,
                    o.seed(), o.result().solved() ? "solved" : "not solved", o.result().epochs(),
                    o.result().errors(), o.seconds());
            err.flush();
            SgdResult res = o.result();
            if (trace) {
                for (EpochRecord e : o.trace()) {
                    Object[] row = new Object[8 + y];
                    row[0] = o.seed();
                    row[1] = e.epoch();
                    row[2] = e.gamma();
                    row[3] = e.lambda();
                    row[4] = e.eta();
                    row[5] = e.referenceErrors();
                    row[6] = e.minReplicaErrors();
                    row[7] = e.meanDistance();
                    for (int a = 0; a < y; a++) {
                        row[8 + a] = e.replicaErrors()[a];
                    }
                    table.row(row);
                }
            } else if (teacher) {
                table.row(algorithm, n, k, realised, y, o.seed(), res.solved(), res.errors(), res.epochs(), o.seconds(),
                        o.testError(), o.refTestError());
            } else {
                table.row(algorithm, n, k, realised, y, o.seed(), res.solved(), res.errors(), res.epochs(), o.seconds());
            }
        });
        table.emit(spec.commandLine().getOut(), output.out());
    }

    /**
     * Refuses runs that do not fit in memory (Args.requireMemory): per concurrent run the instance and its two
     * copies (bytes and bits), the y replicas (continuous and binary weights, a pattern permutation each) and the
     * test patterns.
     */
    private void requireMemory(int m, int workers) {
        String what = "--n " + n + " --k " + k + " with M = " + m + " patterns, --y " + y
                + (workers > 1 ? " on " + workers + " parallel runs" : "");
        double words = Math.ceil(n / 64.0);
        Args.requireArray((double) m * n, what);
        Args.requireArray((double) m * words, what);
        Args.requireArray((double) n * k, what);
        Args.requireArray((double) y, what);
        double instance = 8.0 * m * words + m + n * k;
        double copies = 1.0 * m * n + 8.0 * m * words;
        double replicas = y * (9.0 * n * k + 8.0 * k * words + 4.0 * m + 64);
        double test = teacher ? 8.0 * testPatterns * words : 0;
        Args.requireMemory(workers * (instance + copies + replicas + test + 16.0 * n * k), what);
    }

    private Outcome runOne(long s, SgdParameters params) {
        Instance inst = Instance.random(n, k, alpha, teacher, s);
        List<EpochRecord> records = trace ? new ArrayList<>() : null;
        long t0 = System.nanoTime();
        SgdResult r = ReplicatedSgd.run(inst, params, s, records == null ? null : records::add);
        double seconds = (System.nanoTime() - t0) * 1e-9;
        double test = Double.NaN;
        double refTest = Double.NaN;
        if (teacher) {
            test = Generalization.testError(n, k, inst.teacher(), r.weights(), testPatterns, s);
            refTest = Generalization.testError(n, k, inst.teacher(), r.referenceWeights(), testPatterns, s);
        }
        return new Outcome(s, r, seconds, test, refTest, records);
    }

    private String command() {
        return "re " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
    }

    private CsvTable summaryTable() {
        if (teacher) {
            return new CsvTable(command(), "algorithm", "n", "k", "alpha", "y", "seed", "solved", "errors", "epochs",
                    "seconds", "test_error", "reference_test_error");
        }
        return new CsvTable(command(), "algorithm", "n", "k", "alpha", "y", "seed", "solved", "errors", "epochs", "seconds");
    }

    private CsvTable traceTable(SgdParameters params) {
        String[] cols = new String[8 + params.y()];
        String[] fixed = {"seed", "epoch", "gamma", "lambda", "eta", "reference_errors", "min_replica_errors", "mean_distance"};
        System.arraycopy(fixed, 0, cols, 0, fixed.length);
        for (int a = 0; a < params.y(); a++) {
            cols[8 + a] = "errors_" + (a + 1);
        }
        return new CsvTable(command(), cols);
    }

    /** @return "sgd" for y = 1 and lambda = 0, else "rsgd" (with the coupling if not tanh) */
    static String algorithmName(SgdParameters p) {
        if (p.y() == 1 && p.lambda() == 0) {
            return "sgd";
        }
        return p.coupling() == Coupling.TANH ? "rsgd" : "rsgd-" + p.coupling().cliName();
    }
}
