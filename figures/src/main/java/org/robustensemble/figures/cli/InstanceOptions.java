package org.robustensemble.figures.cli;

import java.nio.file.Path;

import org.robustensemble.simulation.instance.Instance;
import org.robustensemble.simulation.instance.InstanceFormat;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * Mixin: the instance and run options of the Monte Carlo commands ({@code re simulate sa|rsa|edmc}): a random
 * instance of the binary perceptron or committee machine (science.md 1: N inputs per hidden unit, K hidden units,
 * M = rint(alpha N K) patterns, random or teacher labels) or one read from a file, and R runs with seeds
 * S..S+R-1 on T worker threads. The checks name the options as typed (bad input: IllegalArgumentException, exit 2).
 */
final class InstanceOptions {
    @Option(names = "--n", paramLabel = "N", description = "Inputs per hidden unit (odd). Required unless --instance.")
    Integer n;

    @Option(names = "--alpha", paramLabel = "A", description = "Requested load alpha = M/(N K) (>= 0; M = rint(alpha N K), the"
            + " rows give the realised M/(N K)). Required unless --instance.")
    Double alpha;

    @Option(names = "--k", paramLabel = "K", description = "Hidden units of the committee machine (odd; 1 = perceptron). Default: ${DEFAULT-VALUE}.")
    int k = 1;

    @Option(names = "--teacher", description = "Labels from a random teacher (teacher-student) instead of random labels.")
    boolean teacher;

    @Option(names = "--instance", paramLabel = "FILE", converter = OutputOptions.ReadablePath.class, description = "Read the instance from FILE (instance format v1, .gz allowed) instead of generating it.")
    Path instanceFile;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the first run (instance and algorithm streams). Default: ${DEFAULT-VALUE}.")
    long seed = 1;

    @Option(names = "--runs", paramLabel = "R", description = "Runs with seeds S..S+R-1 (a new instance each, unless --instance). Default: ${DEFAULT-VALUE}.")
    int runs = 1;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads for --runs (default: all cores). Rows do not depend on it.")
    Integer threads;

    /** Checks --runs and --threads (>= 1). */
    void requireRuns() {
        if (runs < 1) {
            throw new IllegalArgumentException("--runs " + runs + " is out of range: must be >= 1");
        }
        if (threads != null && threads < 1) {
            throw new IllegalArgumentException("--threads " + threads + " is out of range: must be >= 1");
        }
    }

    /** Refuses the generation options (--n, --alpha, --k, --teacher) next to --instance. */
    void requireGeneratedOnly(CommandSpec spec) {
        Args.onlyWhen(spec, instanceFile == null, "without --instance (they come from the file)", "--n", "--alpha",
                "--k", "--teacher");
    }

    /**
     * Reads the instance of --instance, or checks the generation options (N and K odd, alpha finite and >= 0).
     *
     * @return the instance read, or {@code null} if each run generates its own
     */
    Instance readOrCheck() {
        if (instanceFile != null) {
            return InstanceFormat.read(instanceFile);
        }
        if (n == null || alpha == null) {
            throw new IllegalArgumentException("give --n and --alpha, or --instance FILE");
        }
        if (n < 1 || n % 2 == 0) {
            throw new IllegalArgumentException("--n " + n + " is out of range: must be odd and >= 1 (+-1 inputs need odd N)");
        }
        if (k < 1 || k % 2 == 0) {
            throw new IllegalArgumentException("--k " + k + " is out of range: must be odd and >= 1");
        }
        Args.requireAlpha(alpha);
        return null;
    }

    /** @return the worker threads of the runs: --threads (at most --runs), else the default of {@link RunPool} */
    int workers() {
        return threads != null ? Math.min(threads, runs) : RunPool.defaultWorkers(runs);
    }

    /** @return the instance of the run with seed {@code s}: {@code fixed} if not null, else a new random one */
    Instance instance(Instance fixed, long s) {
        return fixed != null ? fixed : Instance.random(n, k, alpha, teacher, s);
    }

    /** Adds the instance provenance: the file read, or whether the labels come from a teacher. */
    void meta(CsvTable t) {
        if (instanceFile != null) {
            t.meta("instance", instanceFile);
        } else {
            t.meta("teacher", teacher);
        }
    }
}
