package org.robustensemble.figures.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.robustensemble.simulation.instance.Instance;
import org.robustensemble.simulation.sgd.Coupling;
import org.robustensemble.simulation.sgd.ReplicatedSgd;
import org.robustensemble.simulation.sgd.SgdParameters;
import org.robustensemble.simulation.sgd.SgdResult;

/**
 * Throughput of (replicated) SGD at the published working point (N = 321, K = 5, alpha = 0.5, M = 802).
 *
 * <p>Each invocation runs a fixed budget of 50 epochs of replicated SGD (y = 7: 50 * 7 * 802 = 280,700 pattern
 * presentations) from a fresh start, or 350 epochs of plain SGD (the same number of presentations); the
 * epochs are those of a real run (many errors at first, few later), and the solver stops early only if the
 * instance is solved (not within these budgets for the benchmark instance). Presentations per second =
 * 280,700 / (seconds per invocation). The per-epoch error evaluation of all replicas and of the reference is
 * included, as in a real run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SgdBenchmark {
    private Instance instance;
    private SgdParameters plain;

    /** Replicated-SGD parameters per coupling variant. */
    @State(Scope.Benchmark)
    public static class Replicated {
        /** The replicated-SGD coupling. */
        @Param({"tanh", "hard-tanh", "explicit"})
        public String coupling;

        SgdParameters params;

        @Setup(Level.Trial)
        public void setUp() {
            params = SgdParameters.publishedWorkingPoint(50).withCoupling(Coupling.parse(coupling));
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        instance = Instance.random(321, 5, 0.5, false, 1);
        plain = SgdParameters.plain(80, 2.0, 350);
    }

    /** 50 epochs of replicated SGD, y = 7 (280,700 presentations). */
    @Benchmark
    public SgdResult replicated50Epochs(Replicated r) {
        return ReplicatedSgd.run(instance, r.params, 1, null);
    }

    /** 350 epochs of plain SGD (280,700 presentations). */
    @Benchmark
    public SgdResult plain350Epochs() {
        return ReplicatedSgd.run(instance, plain, 1, null);
    }
}
