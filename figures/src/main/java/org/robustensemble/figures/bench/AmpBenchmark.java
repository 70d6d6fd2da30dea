package org.robustensemble.figures.bench;

import java.util.Locale;
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
import org.robustensemble.simulation.amp.Amp;
import org.robustensemble.simulation.amp.AmpParameters;
import org.robustensemble.simulation.amp.SignMatrix;
import org.robustensemble.simulation.instance.Instance;

/**
 * JMH: the two products of focusing AMP with the bit-packed +-1 pattern matrix (simulation/docs/bp.md,
 * "Approximate message passing"), omega = xi m and b = xi^T g, and one whole AMP iteration, binary perceptron at
 * alpha = 0.6 in a focused state (gamma = 0.5, y = 3, 20 iterations of warm-up). Run with
 * {@code ./re bench jmh AmpBenchmark} or {@code java -cp figures/target/re.jar org.openjdk.jmh.Main AmpBenchmark}.
 * The packed matrix is read once per product: M N / 8 bytes (45 KB per 1001 x 601, 68 MB at N = 30001).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AmpBenchmark {
    @Param({"1001", "30001"})
    public int n;

    @Param({"1", "2"})
    public int threads;

    private SignMatrix xi;
    private Amp amp;
    private double[] x;
    private double[] g;
    private double[] outM;
    private double[] outN;

    /** Builds the instance and brings AMP to a typical focused state. */
    @Setup(Level.Trial)
    public void setUp() {
        Instance inst = Instance.random(n, 1, 0.6, false, 1);
        xi = SignMatrix.of(inst.patterns(), threads);
        amp = new Amp(inst, xi, new AmpParameters(1e-3, 1000, 0.5, 0.01, threads), 1);
        amp.setFocusing(0.5, 3);
        for (int i = 0; i < 20; i++) {
            amp.iterate();
        }
        x = amp.magnetizations();
        g = new double[inst.m()];
        for (int mu = 0; mu < g.length; mu++) {
            g[mu] = Math.sin(mu) / Math.sqrt(n);
        }
        outM = new double[inst.m()];
        outN = new double[n];
    }

    /** Releases the product threads. */
    @TearDown(Level.Trial)
    public void tearDown() {
        amp.close();
        xi.close();
    }

    /** @return an entry of omega = xi m */
    @Benchmark
    public double times() {
        xi.times(x, outM);
        return outM[0];
    }

    /** @return an entry of b = xi^T g */
    @Benchmark
    public double transposeTimes() {
        xi.transposeTimes(g, outN);
        return outN[0];
    }

    /** @return the residual of one AMP iteration (both products and the O(N + M) updates) */
    @Benchmark
    public double iterate() {
        return amp.iterate();
    }

    /**
     * Quick measurement without JMH (robust on a shared machine): {@code N THREADS ITERATIONS}; per round the wall
     * and process-CPU milliseconds per AMP iteration and per product, and the packed-matrix bytes read per second
     * of wall time by the products; five rounds.
     */
    public static void main(String[] args) {
        AmpBenchmark b = new AmpBenchmark();
        b.n = args.length > 0 ? Integer.parseInt(args[0]) : 1001;
        b.threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int iters = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        b.setUp();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        double bytes = b.xi.bytes() / 2.0;
        System.out.println("n,m,threads,round,iteration_wall_ms,iteration_cpu_ms,times_wall_ms,transpose_wall_ms,product_GB_per_s");
        for (int round = 1; round <= 5; round++) {
            long p0 = os.getProcessCpuTime();
            long w0 = System.nanoTime();
            for (int i = 0; i < iters; i++) {
                b.iterate();
            }
            double itWall = (System.nanoTime() - w0) * 1e-6 / iters;
            double itCpu = (os.getProcessCpuTime() - p0) * 1e-6 / iters;
            long t0 = System.nanoTime();
            for (int i = 0; i < iters; i++) {
                b.times();
            }
            double tWall = (System.nanoTime() - t0) * 1e-6 / iters;
            long t1 = System.nanoTime();
            for (int i = 0; i < iters; i++) {
                b.transposeTimes();
            }
            double tpWall = (System.nanoTime() - t1) * 1e-6 / iters;
            System.out.printf(Locale.ROOT, "%d,%d,%d,%d,%.4f,%.4f,%.4f,%.4f,%.2f%n", b.n, b.g.length, b.threads, round, itWall,
                    itCpu, tWall, tpWall, 2 * bytes / ((tWall + tpWall) * 1e6));
        }
        b.tearDown();
    }
}
