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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.robustensemble.simulation.bp.BeliefPropagation;
import org.robustensemble.simulation.bp.BpParameters;
import org.robustensemble.simulation.bp.Representation;
import org.robustensemble.simulation.instance.Instance;

/**
 * JMH: one BP sweep (all M pattern factors plus the focusing refresh) of the binary perceptron, N = 1001,
 * M = 601, in a focused state (gamma = 0.5, y = 3, 20 sweeps of warm-up). Run with
 * {@code java -cp figures/target/re.jar org.openjdk.jmh.Main BpBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BpBenchmark {
    @Param({"FIELD", "MAGNETIZATION"})
    public Representation representation;

    @Param({"0.5"})
    public double damping;

    @Param({"1"})
    public int threads;

    @Param({"1"})
    public int block;

    private BeliefPropagation bp;

    /** Builds the instance and brings BP to a typical focused state. */
    @Setup(Level.Trial)
    public void setUp() {
        Instance inst = Instance.random(1001, 1, 0.6, false, 1);
        BpParameters par = BpParameters.defaults().withRepresentation(representation).withDamping(damping)
                .withThreads(threads).withBlock(block);
        bp = new BeliefPropagation(inst, par, 1);
        bp.setFocusing(0.5, 3);
        for (int i = 0; i < 20; i++) {
            bp.sweep();
        }
    }

    /** Releases worker threads. */
    @TearDown(Level.Trial)
    public void tearDown() {
        bp.close();
    }

    /** @return the largest message change of the sweep */
    @Benchmark
    public double sweep() {
        return bp.sweep();
    }

    /**
     * Quick CPU-time measurement without JMH (robust on a shared machine): prints CPU and wall milliseconds per
     * sweep. Arguments: representation damping threads block sweeps.
     */
    public static void main(String[] args) {
        BpBenchmark b = new BpBenchmark();
        b.representation = Representation.valueOf(args.length > 0 ? args[0] : "FIELD");
        b.damping = args.length > 1 ? Double.parseDouble(args[1]) : 0.5;
        b.threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        b.block = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        int sweeps = args.length > 4 ? Integer.parseInt(args[4]) : 100;
        b.setUp();
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int rep = 0; rep < 3; rep++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            for (int i = 0; i < sweeps; i++) {
                b.sweep();
            }
            double cpu = (mx.getCurrentThreadCpuTime() - c0) * 1e-6 / sweeps;
            double wall = (System.nanoTime() - w0) * 1e-6 / sweeps;
            System.out.printf("%s damping %s threads %d block %d: cpu(main thread) %.3f ms/sweep, wall %.3f ms/sweep%n",
                    b.representation, b.damping, b.threads, b.block, cpu, wall);
        }
        b.tearDown();
    }
}
