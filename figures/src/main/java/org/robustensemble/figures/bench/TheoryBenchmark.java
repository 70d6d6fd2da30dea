package org.robustensemble.figures.bench;

import java.util.concurrent.TimeUnit;
import org.robustensemble.analytic.ensemble.RobustEnsemble;
import org.robustensemble.analytic.ensemble.RobustEnsembleLimit;
import org.robustensemble.analytic.ensemble.RobustEnsembleSolution;
import org.robustensemble.analytic.gardner.Gardner;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.robustensemble.analytic.gauss.GaussianFunctions;
import org.robustensemble.analytic.gauss.GaussianRule;

/**
 * Kernels of the analytic module: one Gaussian expectation (the Gardner integrand on 160 Gauss-Hermite nodes),
 * the stable ln H, and saddle-point solves from a nearby start (the work of one curve point).
 * Run: {@code java -cp figures/target/re.jar org.openjdk.jmh.Main TheoryBenchmark} (or {@code ./re bench jmh Theory}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TheoryBenchmark {
    private GaussianRule rule;
    private Gardner gardner;
    private RobustEnsembleLimit limit;
    private RobustEnsemble finite;
    private double[] limitStart;
    private double[] finiteStart;
    private double x = -3.7;

    @Setup
    public void setup() {
        rule = GaussianRule.hermite(160);
        gardner = new Gardner();
        limit = new RobustEnsembleLimit();
        finite = new RobustEnsemble();
        limitStart = limit.solve(0.6, 0.45).orderParameters();
        RobustEnsembleSolution s = finite.solve(0.6, 4, 0.45);
        finiteStart = s.orderParameters();
    }

    /** E_z [ln 2cosh(sqrt(qh) z) + alpha ln H(-sqrt(q/(1-q)) z)] on 160 Gauss-Hermite nodes. */
    @Benchmark
    public double gaussianExpectation() {
        return rule.expect(z -> GaussianFunctions.lnTwoCosh(0.99 * z) + 0.6 * GaussianFunctions.lnH(-0.8 * z));
    }

    /** One stable ln H evaluation (argument varies to defeat constant folding). */
    @Benchmark
    public double lnH() {
        x += 0.001;
        if (x > 8) {
            x = -8;
        }
        return GaussianFunctions.lnH(x);
    }

    /** Gardner saddle point at alpha = 0.6 from the generic start. */
    @Benchmark
    public double gardnerSolve() {
        return gardner.solve(0.6).entropy();
    }

    /** y = infinity robust-ensemble saddle point at (0.6, 0.5) from the solution at gamma = 0.45. */
    @Benchmark
    public double limitSolveFromNeighbour() {
        return limit.solve(0.6, 0.5, limitStart).bigPhi();
    }

    /** Finite-y (y = 4) robust-ensemble saddle point at (0.6, 0.5) from the solution at gamma = 0.45. */
    @Benchmark
    public double finiteSolveFromNeighbour() {
        return finite.solve(0.6, 4, 0.5, finiteStart).phi();
    }
}
