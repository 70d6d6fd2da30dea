package org.robustensemble.figures.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

import org.robustensemble.simulation.instance.Instance;
import org.robustensemble.simulation.sgd.Coupling;
import org.robustensemble.simulation.sgd.ReplicatedSgd;
import org.robustensemble.simulation.sgd.SgdParameters;
import org.robustensemble.simulation.sgd.SgdResult;

/**
 * End-to-end throughput of (replicated) SGD in pattern presentations per second, measured in thread CPU time
 * as well as wall time (CPU time is the more stable number on a shared machine, where wall time includes the
 * time slices given to other processes). Complements the JMH {@link SgdBenchmark}.
 *
 * <p>Workloads (N = 321, K = 5, alpha = 0.5, M = 802, instance seed 1, run seed 1, deterministic trajectories):
 * replicated SGD at the published working point for 300 epochs (y = 7: 1,684,200 presentations) with the tanh,
 * hard-tanh and explicit couplings, and plain SGD (batch 80, eta 2) for 2100 epochs (the same presentations).
 * Each is run {@code reps} times (first argument, default 7) after two warm-up runs; the median is printed.
 *
 * <p>Run: {@code java -cp figures/target/re.jar org.robustensemble.figures.bench.SgdThroughput [reps]}
 */
public final class SgdThroughput {
    private SgdThroughput() {
    }

    public static void main(String[] args) {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        Instance inst = Instance.random(321, 5, 0.5, false, 1);
        System.out.println("workload,presentations,median_cpu_s,median_wall_s,presentations_per_cpu_s,presentations_per_wall_s");
        for (String c : new String[] {"tanh", "hard-tanh", "explicit"}) {
            measure("rsgd-" + c + " y=7 300 epochs", inst,
                    SgdParameters.publishedWorkingPoint(300).withCoupling(Coupling.parse(c)), reps);
        }
        measure("sgd 2100 epochs", inst, SgdParameters.plain(80, 2.0, 2100), reps);
    }

    private static void measure(String name, Instance inst, SgdParameters p, int reps) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double[] cpu = new double[reps];
        double[] wall = new double[reps];
        long presentations = 0;
        for (int r = -2; r < reps; r++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            SgdResult res = ReplicatedSgd.run(inst, p, 1, null);
            long w1 = System.nanoTime();
            long c1 = mx.getCurrentThreadCpuTime();
            presentations = res.presentations();
            if (r >= 0) {
                cpu[r] = (c1 - c0) * 1e-9;
                wall[r] = (w1 - w0) * 1e-9;
            }
        }
        Arrays.sort(cpu);
        Arrays.sort(wall);
        double mc = cpu[reps / 2];
        double mw = wall[reps / 2];
        System.out.printf("%s,%d,%.4f,%.4f,%.0f,%.0f%n", name, presentations, mc, mw, presentations / mc, presentations / mw);
    }
}
