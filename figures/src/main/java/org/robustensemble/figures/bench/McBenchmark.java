package org.robustensemble.figures.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.robustensemble.simulation.instance.Instance;
import org.robustensemble.simulation.mc.Annealer;
import org.robustensemble.simulation.mc.EnergyKind;
import org.robustensemble.simulation.mc.Metropolis;
import org.robustensemble.simulation.mc.ReplicatedSystem;
import org.robustensemble.simulation.mc.Schedule;

/**
 * Throughput of the Metropolis kernel: N = 1001, alpha = 0.6 (M = 601), linear energy, y = 1 (SA) and
 * y = 7 (RSA, reference traced out), at fixed (beta, gamma) after an equilibration of 300 sweeps. The score is
 * attempted flips per second ({@code @OperationsPerInvocation} = attempts per call); the auxiliary counter
 * {@code stabilityUpdates} counts M stability updates per accepted flip.
 *
 * <p>Run: {@code java -cp figures/target/re.jar org.openjdk.jmh.Main McBenchmark -f 1 -wi 3 -i 5}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class McBenchmark {
    /** Attempts per benchmark call (7 sweeps of N = 1001 for y = 1, one sweep for y = 7). */
    static final int ATTEMPTS = 7007;

    @Param({"1", "7"})
    public int y;

    /** Inverse temperature: 0.5 is the hot start of the schedules (about 4-5% accepted), 4 is frozen (none). */
    @Param({"0.5", "1", "2", "4"})
    public double beta;

    @Param({"0.5"})
    public double gamma;

    ReplicatedSystem system;
    SplittableRandom order;
    SplittableRandom acc;
    final Metropolis.Counter counter = new Metropolis.Counter();

    /** Accepted flips times M: stability updates. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Updates {
        /** stability updates (M per accepted flip) */
        public long stabilityUpdates;

        @Setup(Level.Iteration)
        public void reset() {
            stabilityUpdates = 0;
        }
    }

    int m;

    @Setup(Level.Trial)
    public void setUp() {
        Instance inst = Instance.random(1001, 1, 0.6, false, 1);
        m = inst.m();
        Annealer.Params p = new Annealer.Params(EnergyKind.LINEAR, y, false, Schedule.constant(beta),
                Schedule.constant(y == 1 ? 0 : gamma), 1);
        system = Annealer.system(inst, p, 1);
        system.setCoupling(beta, y == 1 ? 0 : gamma);
        order = new SplittableRandom(2);
        acc = new SplittableRandom(3);
        Metropolis.sweep(system, 300L * system.size(), order, acc, false, counter);
    }

    /** {@value #ATTEMPTS} attempted flips. */
    @Benchmark
    @OperationsPerInvocation(ATTEMPTS)
    public long attempts(Updates u) {
        long before = counter.accepted;
        Metropolis.sweep(system, ATTEMPTS, order, acc, false, counter);
        u.stabilityUpdates += (counter.accepted - before) * m;
        return counter.accepted;
    }
}
