package org.robustensemble.figures.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

import org.robustensemble.simulation.instance.Instance;
import org.robustensemble.simulation.mc.Annealer;
import org.robustensemble.simulation.mc.EnergyKind;
import org.robustensemble.simulation.mc.Metropolis;
import org.robustensemble.simulation.mc.ReplicatedSystem;
import org.robustensemble.simulation.mc.Schedule;

/**
 * Documented throughput harness, complementary to {@link McBenchmark} on a shared machine: it measures both
 * wall time and the thread's CPU time (which does not count time the thread waited for a core), and prints the
 * median of several repetitions of 2e7 attempted flips (N = 1001, alpha = 0.6, linear energy, fixed beta and
 * gamma = 0.5 for y &gt; 1, after 300 sweeps of equilibration), plus whole annealing runs
 * ({@code anneal} rows: the study's schedules and budget of 14000 replica-sweeps, all attempts of the run; at
 * alpha = 0.6 SA never solves, so SA rows cover the full budget).
 *
 * <p>Run: {@code java -cp figures/target/re.jar org.robustensemble.figures.bench.McThroughput [reps]}.
 */
public final class McThroughput {
    private McThroughput() {
    }

    public static void main(String[] args) {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Instance inst = Instance.random(1001, 1, 0.6, false, 1);
        System.out.println("case,y,beta,attempts,accept_rate,wall_flips_per_s,cpu_flips_per_s,cpu_stability_updates_per_s");
        for (int y : new int[] {1, 7}) {
            for (double beta : new double[] {0.5, 1, 2, 4}) {
                double gamma = y == 1 ? 0 : 0.5;
                Annealer.Params p = new Annealer.Params(EnergyKind.LINEAR, y, false, Schedule.constant(beta),
                        Schedule.constant(gamma), 1);
                ReplicatedSystem s = Annealer.system(inst, p, 1);
                s.setCoupling(beta, gamma);
                SplittableRandom order = new SplittableRandom(2);
                SplittableRandom acc = new SplittableRandom(3);
                Metropolis.Counter c = new Metropolis.Counter();
                Metropolis.sweep(s, 300L * s.size(), order, acc, false, c);
                long attempts = 20_000_000L;
                double[] wall = new double[reps];
                double[] cpu = new double[reps];
                double[] upd = new double[reps];
                double rate = 0;
                for (int r = 0; r < reps; r++) {
                    Metropolis.Counter k = new Metropolis.Counter();
                    long w0 = System.nanoTime();
                    long c0 = mx.getCurrentThreadCpuTime();
                    Metropolis.sweep(s, attempts, order, acc, false, k);
                    double cs = (mx.getCurrentThreadCpuTime() - c0) * 1e-9;
                    double ws = (System.nanoTime() - w0) * 1e-9;
                    wall[r] = attempts / ws;
                    cpu[r] = attempts / cs;
                    upd[r] = (double) k.accepted * inst.m() / cs;
                    rate = (double) k.accepted / attempts;
                }
                System.out.printf(Locale.ROOT, "fixed,%d,%g,%d,%.4g,%.4g,%.4g,%.4g%n", y, beta, attempts, rate,
                        median(wall), median(cpu), median(upd));
            }
        }
        for (int y : new int[] {1, 7}) {
            double[] wall = new double[reps];
            double[] cpu = new double[reps];
            for (int r = 0; r < reps; r++) {
                // the study's schedules (simulation/docs/mc.md), budget 14000 replica-sweeps
                Schedule beta = y == 1 ? new Schedule(Schedule.Form.LINEAR, 0.5, 2.0 / 14000, 2.5)
                        : new Schedule(Schedule.Form.GEOMETRIC, 0.5, Math.pow(2, 1.0 / 2000), 1.0);
                Schedule gamma = y == 1 ? Schedule.constant(0) : new Schedule(Schedule.Form.LINEAR, 0, 1.5 / 2000, 1.5);
                Annealer.Params p = new Annealer.Params(EnergyKind.LINEAR, y, false, beta, gamma, 14000 / y);
                long c0 = mx.getCurrentThreadCpuTime();
                Annealer.Result res = Annealer.run(inst, p, 100 + r, null);
                double cs = (mx.getCurrentThreadCpuTime() - c0) * 1e-9;
                wall[r] = res.flipsPerSecond();
                cpu[r] = res.attempts() / cs;
            }
            System.out.printf(Locale.ROOT, "anneal,%d,,,,%.4g,%.4g,%n", y, median(wall), median(cpu));
        }
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
    }
}
