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
import org.robustensemble.simulation.bp.FocusingBp;
import org.robustensemble.simulation.bp.Protocol;
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
     * Quick CPU-time measurement without JMH (robust on a shared machine). Two modes:
     * <ul>
     * <li>{@code REPRESENTATION DAMPING THREADS BLOCK SWEEPS}: CPU and wall milliseconds per sweep of the kernel
     * (state of {@link #setUp()}), three rounds;</li>
     * <li>{@code fbp ALPHA PROTOCOL REPRESENTATION THREADS BLOCK REPS [ERROR_CHECK [SEED [EPSILON
     * [INIT_RANGE]]]]}: end-to-end fBP, N = 1001, instance and BP seed SEED (1), errors checked per STEP (default)
     * or SWEEP, epsilon 1e-3 and initial range 0.01 unless given, damping 0.5, defaults otherwise (the settings of the end-to-end runs in simulation/docs/bp-benchmarks.md); per repetition
     * the solve's wall seconds, the calling thread's CPU seconds and the process CPU seconds (all threads, JIT
     * compiler included), sweeps and ms per sweep. Protocols: pseudo (101 steps) or scoping (y 21, gamma 0..7,
     * 101 steps).</li>
     * </ul>
     */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("fbp")) {
            endToEnd(args);
            return;
        }
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

    private static void endToEnd(String[] args) {
        double alpha = Double.parseDouble(args[1]);
        Protocol prot = switch (args[2]) {
            case "pseudo" -> Protocol.pseudoReinforcement(101);
            case "scoping" -> Protocol.scoping(21, 7, 101);
            default -> throw new IllegalArgumentException("protocol " + args[2] + ": pseudo or scoping");
        };
        Representation rep = Representation.valueOf(args[3]);
        int threads = Integer.parseInt(args[4]);
        int block = Integer.parseInt(args[5]);
        int reps = Integer.parseInt(args[6]);
        FocusingBp.ErrorCheck check = args.length > 7 ? FocusingBp.ErrorCheck.valueOf(args[7]) : FocusingBp.ErrorCheck.STEP;
        long seed = args.length > 8 ? Long.parseLong(args[8]) : 1;
        double epsilon = args.length > 9 ? Double.parseDouble(args[9]) : 1e-3;
        double initRange = args.length > 10 ? Double.parseDouble(args[10]) : 0.01;
        Instance inst = Instance.random(1001, 1, alpha, false, seed);
        BpParameters par = BpParameters.defaults().withRepresentation(rep).withDamping(0.5).withThreads(threads)
                .withBlock(block).withEpsilon(epsilon).withInitRange(initRange);
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        System.out.println("alpha,protocol,representation,threads,block,error_check,seed,rep,solved,steps,sweeps,wall_s,thread_cpu_s,"
                + "process_cpu_s,cpu_ms_per_sweep");
        for (int r = 1; r <= reps; r++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long p0 = os.getProcessCpuTime();
            long w0 = System.nanoTime();
            FocusingBp.Result res = FocusingBp.run(inst, prot, par, seed, null, false, false, null, check);
            double wall = (System.nanoTime() - w0) * 1e-9;
            double cpu = (mx.getCurrentThreadCpuTime() - c0) * 1e-9;
            double pcpu = (os.getProcessCpuTime() - p0) * 1e-9;
            System.out.printf(java.util.Locale.ROOT, "%s,%s,%s,%d,%d,%s,%d,%d,%b,%d,%d,%.3f,%.3f,%.3f,%.2f%n", args[1], args[2], rep,
                    threads, block, check, seed, r, res.solved(), res.steps(), res.sweeps(), wall, cpu, pcpu, 1e3 * cpu / res.sweeps());
        }
    }
}
