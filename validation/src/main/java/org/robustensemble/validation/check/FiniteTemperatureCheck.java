package org.robustensemble.validation.check;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.robustensemble.analytic.ensemble.EnergyDensity;
import org.robustensemble.analytic.gardner.Gardner;
import org.robustensemble.analytic.gardner.GardnerSolution;
import org.robustensemble.analytic.gauss.Quadrature;
import org.robustensemble.simulation.instance.Instance;
import org.robustensemble.simulation.mc.EnergyKind;
import org.robustensemble.simulation.mc.Metropolis;
import org.robustensemble.simulation.mc.PerceptronEnergy;
import org.robustensemble.simulation.random.RandomStreams;
import org.robustensemble.validation.suite.Check;
import org.robustensemble.validation.suite.CheckResult;
import org.robustensemble.validation.suite.Context;
import org.robustensemble.validation.suite.Plot;
import org.robustensemble.validation.suite.Row;
import org.robustensemble.validation.suite.SizeScan;
import org.robustensemble.validation.suite.Stats;

/**
 * Check 3: finite temperature (docs/theory.md 3.5). Metropolis at fixed beta with the step energy (number of violated
 * patterns) on random-label instances, two independent chains per instance from random starts: after
 * equilibration, the energy density (fraction of violated patterns, both chains) and the overlap of the two chains
 * (1/N) W^1.W^2 (whose mean is (1/N) sum_i &lt;W_i&gt;^2 = q) are time-averaged, averaged over instances per N,
 * extrapolated linearly in 1/N and compared with the finite-beta Gardner theory: q(beta) and
 * e = -(1/alpha) d phi/d beta ({@link EnergyDensity#gardner}). Allowance: k = 3 standard errors of the intercept
 * plus the finite-size term. Equilibration is shown by the agreement of the first and second halves of the
 * measurement window (row {@code energy_drift}: their difference against 0).
 */
public final class FiniteTemperatureCheck implements Check {
    /** Name in the suite. */
    public static final String NAME = "finite-temperature";
    /** Standard errors in the allowance. */
    public static final double K = 3;
    /** The negative control compares with the theory at beta times this factor. */
    public static final double CONTROL_BETA_FACTOR = 1.5;
    private static final double ALPHA = 0.5;
    private static final double[] BETAS = {1.0, 2.0};

    /**
     * Per instance: time averages.
     *
     * @param energy     fraction of violated patterns (both chains)
     * @param overlap    (1/N) W^1.W^2
     * @param drift      energy of the second half of the window minus the first half
     */
    record Sample(double energy, double overlap, double drift) {
    }

    /**
     * The measurement at one beta.
     *
     * @param beta    inverse temperature
     * @param scan    per size: 0 energy, 1 overlap, 2 drift, mean over instances and standard errors
     * @param sweeps  equilibration and measurement sweeps
     */
    public record Measurement(double beta, SizeScan scan, int[] sweeps) {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Metropolis at fixed beta: energy density and overlap of two chains vs the finite-beta Gardner theory";
    }

    /** Two chains on one instance. */
    static Sample sample(Instance inst, double beta, int equilibration, int measure, long seed) {
        RandomStreams rs = new RandomStreams(seed);
        int n = inst.n();
        PerceptronEnergy[] chain = new PerceptronEnergy[2];
        SplittableRandom[] order = new SplittableRandom[2];
        SplittableRandom[] acc = new SplittableRandom[2];
        for (int c = 0; c < 2; c++) {
            SplittableRandom init = rs.stream(RandomStreams.Stream.INITIAL_STATE, c);
            byte[] w = new byte[n];
            for (int i = 0; i < n; i++) {
                w[i] = (byte) (init.nextBoolean() ? 1 : -1);
            }
            chain[c] = new PerceptronEnergy(inst, EnergyKind.STEP, w);
            order[c] = rs.stream(RandomStreams.Stream.UPDATE_ORDER, c);
            acc[c] = rs.stream(RandomStreams.Stream.ALGORITHM, c);
        }
        for (int c = 0; c < 2; c++) {
            Metropolis.run(chain[c], beta, (long) equilibration * n, order[c], acc[c]);
        }
        double e1 = 0;
        double e2 = 0;
        double ov = 0;
        for (int t = 0; t < measure; t++) {
            for (int c = 0; c < 2; c++) {
                Metropolis.run(chain[c], beta, n, order[c], acc[c]);
            }
            double e = (chain[0].energyInt() + chain[1].energyInt()) / (2.0 * inst.m());
            if (t < measure / 2) {
                e1 += e;
            } else {
                e2 += e;
            }
            long o = 0;
            for (int i = 0; i < n; i++) {
                o += chain[0].weight(i) * chain[1].weight(i);
            }
            ov += o / (double) n;
        }
        int h1 = measure / 2;
        int h2 = measure - h1;
        return new Sample((e1 + e2) / measure, ov / measure, e2 / h2 - e1 / h1);
    }

    /** Measures at every beta. */
    public List<Measurement> measure(Context ctx) {
        int[] ns = ctx.full() ? new int[] {201, 401, 801} : new int[] {201, 401};
        int count = ctx.pick(24, 48);
        int eq = ctx.pick(500, 2000);
        int meas = ctx.pick(1000, 4000);
        List<Measurement> out = new ArrayList<>();
        for (int b = 0; b < BETAS.length; b++) {
            double beta = BETAS[b];
            long salt = ctx.seed() * 1_000_003L + 71L * (b + 1);
            SizeScan scan = SizeScan.measure(ctx, ns, count, 3, n -> String.format("%s beta=%s N=%d", NAME, beta, n),
                    (n, i) -> {
                        long base = salt + 7919L * n;
                        Sample smp = sample(Instance.random(n, 1, ALPHA, false, base + i), beta, eq, meas, base + i);
                        return new double[] {smp.energy(), smp.overlap(), smp.drift()};
                    });
            out.add(new Measurement(beta, scan, new int[] {eq, meas}));
        }
        return out;
    }

    /** Compares with the theory at beta times {@code betaFactor} (1 for the check). */
    public static List<Row> compare(List<Measurement> ms, double betaFactor) {
        List<Row> rows = new ArrayList<>();
        for (Measurement m : ms) {
            double beta = m.beta() * betaFactor;
            GardnerSolution g = new Gardner(Quadrature.defaults(), 0, beta).solve(ALPHA);
            double energy = EnergyDensity.gardner(g.q(), 0, beta);
            SizeScan scan = m.scan();
            String par = String.format("alpha=%s beta=%s N=%d..%d", ALPHA, m.beta(), scan.smallest(), scan.largest());
            rows.add(scan.row(NAME, "energy", par, energy, 0, K));
            rows.add(scan.row(NAME, "q", par, g.q(), 1, K));
            rows.add(scan.rowAtLargest(NAME, "energy_drift", String.format("alpha=%s beta=%s N=%d", ALPHA, m.beta(),
                    scan.largest()), 0, 2, K));
        }
        return rows;
    }

    @Override
    public CheckResult run(Context ctx) {
        List<Measurement> ms = measure(ctx);
        List<Plot.Series> series = new ArrayList<>();
        double[] bx = new double[40];
        double[] be = new double[40];
        double[] bq = new double[40];
        for (int i = 0; i < bx.length; i++) {
            bx[i] = 0.25 + 3.0 * i / (bx.length - 1);
            GardnerSolution g = new Gardner(Quadrature.defaults(), 0, bx[i]).solve(ALPHA);
            be[i] = EnergyDensity.gardner(g.q(), 0, bx[i]);
            bq[i] = g.q();
        }
        series.add(new Plot.Series("energy, theory", bx, be, null));
        series.add(new Plot.Series("q, theory", bx, bq, null));
        double[] mx = new double[ms.size()];
        double[][] my = new double[2][ms.size()];
        double[][] me = new double[2][ms.size()];
        for (int i = 0; i < ms.size(); i++) {
            mx[i] = ms.get(i).beta();
            for (int j = 0; j < 2; j++) {
                Stats.Extrapolation x = ms.get(i).scan().extrapolation(j);
                my[j][i] = x.value();
                me[j][i] = x.stdError();
            }
        }
        series.add(new Plot.Series("energy, Metropolis (N -> inf)", mx, my[0], me[0]));
        series.add(new Plot.Series("q, Metropolis (N -> inf)", mx, my[1], me[1]));
        Measurement m0 = ms.get(0);
        return new CheckResult(NAME,
                "Metropolis (step energy) at fixed beta on random-label instances at alpha = " + ALPHA + ", two chains"
                        + " per instance from independent random starts: the fraction of violated patterns and the overlap"
                        + " of the two chains, time-averaged after equilibration, extrapolated in 1/N, against the"
                        + " finite-beta Gardner theory (q and e = -(1/alpha) d phi/d beta; docs/theory.md 3.5).",
                String.format("N = %s, %d instances per N, %d equilibration + %d measurement sweeps per chain",
                        m0.scan().sizeList(), m0.scan().instances(), m0.sweeps()[0], m0.sweeps()[1]),
                "k = 3 standard errors of the intercept + the finite-size term (|b|/N_max with fewer than 4 sizes, the"
                        + " change of the intercept with a 1/N^2 term otherwise); energy_drift: 3 standard errors.",
                compare(ms, 1), "the theory at beta x " + CONTROL_BETA_FACTOR, compare(ms, CONTROL_BETA_FACTOR),
                new Plot("Finite temperature: energy density and overlap vs beta (alpha = " + ALPHA + ")", "beta",
                        "value", series));
    }
}
