package org.robustensemble.validation.check;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.robustensemble.analytic.ensemble.EnergyDensity;
import org.robustensemble.analytic.gauss.Quadrature;
import org.robustensemble.analytic.ensemble.RobustEnsemble;
import org.robustensemble.analytic.ensemble.RobustEnsembleSolution;
import org.robustensemble.simulation.instance.Instance;
import org.robustensemble.simulation.mc.EnergyKind;
import org.robustensemble.simulation.mc.ExplicitReference;
import org.robustensemble.simulation.mc.Metropolis;
import org.robustensemble.simulation.random.RandomStreams;
import org.robustensemble.validation.suite.Check;
import org.robustensemble.validation.suite.CheckResult;
import org.robustensemble.validation.suite.Context;
import org.robustensemble.validation.suite.Plot;
import org.robustensemble.validation.suite.Row;
import org.robustensemble.validation.suite.SizeScan;

/**
 * Check 4: the robust ensemble itself at finite integer y and finite beta (docs/theory.md 3.2, 3.5). For integer y the
 * RE is a Monte Carlo system: an explicit reference and y replicas with weight
 * exp(-beta sum_a E(W^a) + gamma sum_a W^a.Wref) ({@link ExplicitReference}, step energy). Two such systems run on
 * each instance, one from a hot start (all members independent random), one from a cold start (all members equal
 * to one random configuration, S = q1 = 1). After equilibration the time averages of the replica-reference overlap
 * S, the overlap q1 of two replicas of one system, the overlap q0 of replicas of the two systems and the energy
 * density of a replica are averaged over instances, extrapolated in 1/N and compared with
 * {@link RobustEnsemble} at the same (alpha, y, gamma, beta) (S, q1, q0; energy from
 * {@link EnergyDensity#robustEnsemble}). Equilibration is shown by the agreement of the two starts (rows
 * {@code S_hot-S_cold} and {@code energy_hot-energy_cold} against 0 at the largest N). Allowance: k = 3 standard
 * errors of the intercept plus the finite-size term.
 */
public final class ReplicatedCheck implements Check {
    /** Name in the suite. */
    public static final String NAME = "robust-ensemble-mc";
    /** Standard errors in the allowance. */
    public static final double K = 3;
    /** Replicas. */
    public static final int Y = 3;
    /** The negative control compares with the theory at gamma times this factor. */
    public static final double CONTROL_GAMMA_FACTOR = 1.5;
    static final String[] QUANTITIES = {"S", "q1", "q0", "energy", "S_hot-S_cold", "energy_hot-energy_cold"};

    /**
     * A parameter point.
     *
     * @param alpha load
     * @param gamma coupling (overlap convention)
     * @param beta  inverse temperature
     */
    public record Point(double alpha, double gamma, double beta) {
    }

    /**
     * The measurement at one point.
     *
     * @param point     parameters
     * @param scan      per size: the quantities ({@link #QUANTITIES}), mean over instances and standard errors
     * @param sweeps    equilibration and measurement sweeps
     */
    public record Measurement(Point point, SizeScan scan, int[] sweeps) {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "replicated Metropolis with an explicit reference (y = 3): S, q1, q0, energy vs the RE at finite beta";
    }

    static List<Point> points(Context ctx) {
        List<Point> p = new ArrayList<>(List.of(new Point(0.3, 0.5, 1), new Point(0.4, 0.75, 2)));
        if (ctx.full()) {
            p.add(new Point(0.5, 1.0, 2));
            p.add(new Point(0.4, 1.0, 3));
        }
        return p;
    }

    private static byte[] random(int n, SplittableRandom r) {
        byte[] w = new byte[n];
        for (int i = 0; i < n; i++) {
            w[i] = (byte) (r.nextBoolean() ? 1 : -1);
        }
        return w;
    }

    /** One instance: the two systems; returns the per-instance time averages of {@link #QUANTITIES}. */
    static double[] sample(Instance inst, Point p, int equilibration, int measure, long seed) {
        RandomStreams rs = new RandomStreams(seed);
        int n = inst.n();
        ExplicitReference[] sys = new ExplicitReference[2];
        SplittableRandom[] order = new SplittableRandom[2];
        SplittableRandom[] acc = new SplittableRandom[2];
        byte[] cold = random(n, rs.stream(RandomStreams.Stream.INITIAL_STATE, Y + 1));
        for (int c = 0; c < 2; c++) {
            byte[][] init = new byte[Y][];
            for (int a = 0; a < Y; a++) {
                init[a] = c == 0 ? random(n, rs.stream(RandomStreams.Stream.INITIAL_STATE, a)) : cold.clone();
            }
            byte[] ref = c == 0 ? random(n, rs.stream(RandomStreams.Stream.INITIAL_STATE, Y)) : cold.clone();
            sys[c] = new ExplicitReference(inst, EnergyKind.STEP, init, ref);
            sys[c].setCoupling(p.beta(), p.gamma());
            order[c] = rs.stream(RandomStreams.Stream.UPDATE_ORDER, c);
            acc[c] = rs.stream(RandomStreams.Stream.ALGORITHM, c);
        }
        long perSweep = (long) (Y + 1) * n;
        Metropolis.Counter counter = new Metropolis.Counter();
        for (int c = 0; c < 2; c++) {
            Metropolis.sweep(sys[c], equilibration * perSweep, order[c], acc[c], false, counter);
        }
        double[] sum = new double[QUANTITIES.length];
        double[] s = new double[2];
        double[] e = new double[2];
        for (int t = 0; t < measure; t++) {
            byte[][][] w = new byte[2][Y][];
            for (int c = 0; c < 2; c++) {
                Metropolis.sweep(sys[c], perSweep, order[c], acc[c], false, counter);
                s[c] = sys[c].overlap();
                double ec = 0;
                for (int a = 0; a < Y; a++) {
                    ec += sys[c].memberEnergy(a);
                    w[c][a] = sys[c].memberState(a);
                }
                e[c] = ec / (Y * (double) inst.m());
            }
            double q1 = 0;
            for (int c = 0; c < 2; c++) {
                for (int a = 0; a < Y; a++) {
                    for (int b = a + 1; b < Y; b++) {
                        q1 += dot(w[c][a], w[c][b]);
                    }
                }
            }
            q1 /= 2.0 * Y * (Y - 1) / 2 * n;
            double q0 = 0;
            for (int a = 0; a < Y; a++) {
                for (int b = 0; b < Y; b++) {
                    q0 += dot(w[0][a], w[1][b]);
                }
            }
            q0 /= (double) Y * Y * n;
            sum[0] += (s[0] + s[1]) / 2;
            sum[1] += q1;
            sum[2] += q0;
            sum[3] += (e[0] + e[1]) / 2;
            sum[4] += s[0] - s[1];
            sum[5] += e[0] - e[1];
        }
        for (int j = 0; j < sum.length; j++) {
            sum[j] /= measure;
        }
        return sum;
    }

    private static long dot(byte[] a, byte[] b) {
        long d = 0;
        for (int i = 0; i < a.length; i++) {
            d += a[i] * b[i];
        }
        return d;
    }

    /** Measures at every point. */
    public List<Measurement> measure(Context ctx) {
        int[] ns = ctx.full() ? new int[] {201, 401, 801} : new int[] {201, 401};
        int count = ctx.pick(12, 24);
        int eq = ctx.pick(1000, 2000);
        int meas = ctx.pick(1000, 3000);
        List<Measurement> out = new ArrayList<>();
        List<Point> pts = points(ctx);
        for (int pi = 0; pi < pts.size(); pi++) {
            Point p = pts.get(pi);
            long salt = ctx.seed() * 1_000_003L + 97L * (pi + 1);
            SizeScan scan = SizeScan.measure(ctx, ns, count, QUANTITIES.length,
                    n -> String.format("%s alpha=%s gamma=%s beta=%s N=%d", NAME, p.alpha(), p.gamma(), p.beta(), n),
                    (n, i) -> sample(Instance.random(n, 1, p.alpha(), false, salt + 7919L * n + i), p, eq, meas,
                            salt + 7919L * n + i));
            out.add(new Measurement(p, scan, new int[] {eq, meas}));
        }
        return out;
    }

    /** @return the theory values of S, q1, q0, energy at the point with gamma scaled by {@code gammaFactor} */
    static double[] theory(Point p, double gammaFactor) {
        RobustEnsembleSolution s = new RobustEnsemble(Quadrature.defaults(), 0, p.beta()).solve(p.alpha(), Y,
                p.gamma() * gammaFactor);
        return new double[] {s.overlap(), s.q1(), s.q0(), EnergyDensity.robustEnsemble(Y, s.q0(), s.q1(), 0, p.beta())};
    }

    /** Compares with the theory at gamma times {@code gammaFactor} (1 for the check). */
    public static List<Row> compare(List<Measurement> ms, double gammaFactor) {
        List<Row> rows = new ArrayList<>();
        for (Measurement m : ms) {
            Point p = m.point();
            double[] th = theory(p, gammaFactor);
            SizeScan scan = m.scan();
            String par = String.format("alpha=%s y=%d gamma=%s beta=%s N=%d..%d", p.alpha(), Y, p.gamma(), p.beta(),
                    scan.smallest(), scan.largest());
            for (int j = 0; j < 4; j++) {
                rows.add(scan.row(NAME, QUANTITIES[j], par, th[j], j, K));
            }
            String at = String.format("alpha=%s y=%d gamma=%s beta=%s N=%d", p.alpha(), Y, p.gamma(), p.beta(),
                    scan.largest());
            for (int j = 4; j < 6; j++) {
                rows.add(scan.rowAtLargest(NAME, QUANTITIES[j], at, 0, j, K));
            }
        }
        return rows;
    }

    @Override
    public CheckResult run(Context ctx) {
        List<Measurement> ms = measure(ctx);
        List<Row> rows = compare(ms, 1);
        List<Plot.Series> series = new ArrayList<>();
        double[] idx = new double[ms.size()];
        double[][] th = new double[4][ms.size()];
        double[][] me = new double[4][ms.size()];
        double[][] er = new double[4][ms.size()];
        for (int i = 0; i < ms.size(); i++) {
            idx[i] = i + 1;
            for (int j = 0; j < 4; j++) {
                Row r = rows.get(QUANTITIES.length * i + j);
                th[j][i] = r.theory();
                me[j][i] = r.measured();
                er[j][i] = r.stdError();
            }
        }
        for (int j = 0; j < 4; j++) {
            series.add(new Plot.Series(QUANTITIES[j] + " theory", idx, th[j], null));
            series.add(new Plot.Series(QUANTITIES[j] + " Monte Carlo (N -> inf)", idx, me[j], er[j]));
        }
        Measurement m0 = ms.get(0);
        StringBuilder pts = new StringBuilder();
        for (int i = 0; i < ms.size(); i++) {
            Point p = ms.get(i).point();
            pts.append(String.format("%s%d: alpha=%s gamma=%s beta=%s", i == 0 ? "" : "; ", i + 1, p.alpha(), p.gamma(),
                    p.beta()));
        }
        return new CheckResult(NAME,
                "Replicated Metropolis with an explicit reference, y = " + Y + " replicas (step energy, weight"
                        + " exp(-beta sum_a E(W^a) + gamma sum_a W^a.Wref)), two systems per instance (hot and cold start):"
                        + " S (replica-reference), q1 (two replicas of one system), q0 (replicas of the two systems), the"
                        + " energy density, extrapolated in 1/N, against the RS robust ensemble at finite beta (docs/theory.md"
                        + " 3.2, 3.6). Points: " + pts + ".",
                String.format("N = %s, %d instances per N, %d equilibration + %d measurement sweeps of all %d members",
                        m0.scan().sizeList(), m0.scan().instances(), m0.sweeps()[0], m0.sweeps()[1], Y + 1),
                "k = 3 standard errors of the intercept + the finite-size term (|b|/N_max with fewer than 4 sizes, the"
                        + " change of the intercept with a 1/N^2 term otherwise); hot-cold differences: 3 standard errors.",
                rows, "the theory at gamma x " + CONTROL_GAMMA_FACTOR, compare(ms, CONTROL_GAMMA_FACTOR),
                new Plot("Robust ensemble Monte Carlo vs theory (x: parameter point)", "point", "value", series));
    }
}
