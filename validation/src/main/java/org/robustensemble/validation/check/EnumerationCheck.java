package org.robustensemble.validation.check;

import java.util.ArrayList;
import java.util.List;

import org.robustensemble.analytic.gardner.Gardner;
import org.robustensemble.analytic.gardner.GardnerSolution;
import org.robustensemble.simulation.instance.Instance;
import org.robustensemble.validation.suite.Check;
import org.robustensemble.validation.suite.CheckResult;
import org.robustensemble.validation.suite.Context;
import org.robustensemble.validation.suite.Parallel;
import org.robustensemble.validation.suite.Plot;
import org.robustensemble.validation.suite.Row;
import org.robustensemble.validation.suite.Stats;

/**
 * Check 1: the solution density by exact enumeration against the Gardner entropy (docs/theory.md 3.1). On random
 * instances at odd N every weight vector is enumerated ({@link ExactEnumeration}); the quenched entropy
 * (1/N) E ln Z and the overlap q = (1/N) sum_i &lt;W_i&gt;^2 of two solutions are averaged over instances at each N
 * and extrapolated linearly in 1/N; the intercepts are compared with s_G(alpha) and q_G(alpha).
 *
 * <p>Instances without a solution (Z = 0, ln Z = -infinity) are left out of the averages, i.e. the averages
 * are conditioned on Z &gt; 0; their fraction is reported. Below the capacity it vanishes exponentially in N, so the
 * conditioning does not change the limit (CI size, seed 1: 4 % at N = 11, alpha = 0.5,
 * below 1 % from N = 17, none at N = 21). The load of an instance is M/N with M = rint(alpha N); each instance's
 * value is moved to the nominal alpha with the theory's slope, x - (dx_G/dalpha)(M/N - alpha) (first order; M/N - alpha &lt;= 1/(2N)).
 *
 * <p>Allowance: k = 3 standard errors of the extrapolated value plus the finite-size term
 * {@link Stats.Extrapolation#finiteSize()} (the change of the intercept when a 1/N^2 term enters the fit).
 */
public final class EnumerationCheck implements Check {
    /** Name in the suite. */
    public static final String NAME = "enumeration";
    /** Standard errors in the allowance. */
    public static final double K = 3;
    /** The negative control compares with the theory at alpha + this shift. */
    public static final double CONTROL_SHIFT = 0.15;
    private static final double[] ALPHAS = {0.2, 0.35, 0.5};

    /**
     * The measurement at one load.
     *
     * @param alpha      nominal load
     * @param sizes      N values
     * @param entropy    mean (1/N) ln Z per size (moved to the nominal alpha)
     * @param entropyErr its standard error
     * @param overlap    mean q per size (moved to the nominal alpha)
     * @param overlapErr its standard error
     * @param empty      fraction of instances without a solution per size
     * @param instances  instances per size
     */
    public record Measurement(double alpha, double[] sizes, double[] entropy, double[] entropyErr, double[] overlap,
            double[] overlapErr, double[] empty, int[] instances) {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "exact enumeration of all 2^N weight vectors: quenched entropy and overlap, extrapolated in 1/N, vs s_G, q_G";
    }

    /** @return the sizes of a run */
    static int[] sizes(Context ctx) {
        return ctx.full() ? new int[] {11, 13, 15, 17, 19, 21, 23, 25, 27} : new int[] {11, 13, 15, 17, 19, 21};
    }

    /** @return instances at size N */
    static int instances(Context ctx, int n) {
        if (ctx.full()) {
            return n <= 19 ? 2000 : n == 21 ? 800 : n == 23 ? 400 : n == 25 ? 150 : 60;
        }
        return n <= 15 ? 600 : n <= 19 ? 300 : 150;
    }

    /** Measures at every load. */
    public List<Measurement> measure(Context ctx) {
        List<Measurement> out = new ArrayList<>();
        Gardner g = new Gardner();
        int[] ns = sizes(ctx);
        for (int ai = 0; ai < ALPHAS.length; ai++) {
            double alpha = ALPHAS[ai];
            double h = 1e-4;
            GardnerSolution gp = g.solve(alpha + h);
            GardnerSolution gm = g.solve(alpha - h);
            double ds = (gp.entropy() - gm.entropy()) / (2 * h);
            double dq = (gp.q() - gm.q()) / (2 * h);
            double[] sz = new double[ns.length];
            double[] s = new double[ns.length];
            double[] se = new double[ns.length];
            double[] q = new double[ns.length];
            double[] qe = new double[ns.length];
            double[] empty = new double[ns.length];
            int[] inst = new int[ns.length];
            for (int k = 0; k < ns.length; k++) {
                int n = ns[k];
                int count = instances(ctx, n);
                long base = ctx.seed() * 1_000_003L + 7919L * (ai + 1) + 104729L * n;
                List<ExactEnumeration.Count> cs = Parallel.map(count, ctx,
                        String.format("%s alpha=%s N=%d", NAME, alpha, n),
                        i -> ExactEnumeration.count(Instance.random(n, 1, alpha, false, base + i)));
                double[] sv = cs.stream().filter(c -> c.solutions() > 0)
                        .mapToDouble(c -> c.entropy() - ds * ((double) c.m() / n - alpha)).toArray();
                double[] qv = cs.stream().filter(c -> c.solutions() > 0)
                        .mapToDouble(c -> c.overlap() - dq * ((double) c.m() / n - alpha)).toArray();
                Stats.Mean ms = Stats.mean(sv);
                Stats.Mean mq = Stats.mean(qv);
                sz[k] = n;
                s[k] = ms.mean();
                se[k] = ms.stdError();
                q[k] = mq.mean();
                qe[k] = mq.stdError();
                empty[k] = 1 - sv.length / (double) count;
                inst[k] = count;
            }
            out.add(new Measurement(alpha, sz, s, se, q, qe, empty, inst));
        }
        return out;
    }

    /**
     * Compares the measurements with the Gardner theory at load alpha + {@code alphaShift} (0 for the check; the
     * negative control shifts it).
     */
    public static List<Row> compare(List<Measurement> ms, double alphaShift) {
        List<Row> rows = new ArrayList<>();
        Gardner g = new Gardner();
        for (Measurement m : ms) {
            GardnerSolution th = g.solve(m.alpha() + alphaShift);
            Stats.Extrapolation es = Stats.extrapolate(m.sizes(), m.entropy(), m.entropyErr());
            Stats.Extrapolation eq = Stats.extrapolate(m.sizes(), m.overlap(), m.overlapErr());
            String par = String.format("alpha=%s N=%d..%d", m.alpha(), (int) m.sizes()[0],
                    (int) m.sizes()[m.sizes().length - 1]);
            rows.add(Row.extrapolated(NAME, "entropy", par, th.entropy(), es, K));
            rows.add(Row.extrapolated(NAME, "q", par, th.q(), eq, K));
        }
        return rows;
    }

    @Override
    public CheckResult run(Context ctx) {
        List<Measurement> ms = measure(ctx);
        List<Row> rows = compare(ms, 0);
        List<Plot.Series> series = new ArrayList<>();
        Gardner g = new Gardner();
        StringBuilder setup = new StringBuilder();
        for (Measurement m : ms) {
            double[] x = new double[m.sizes().length];
            for (int i = 0; i < x.length; i++) {
                x[i] = 1 / m.sizes()[i];
            }
            double sG = g.solve(m.alpha()).entropy();
            series.add(new Plot.Series("alpha=" + m.alpha() + " measured", x, m.entropy(), m.entropyErr()));
            Stats.Extrapolation es = Stats.extrapolate(m.sizes(), m.entropy(), m.entropyErr());
            double xMax = x[0];
            series.add(new Plot.Series("alpha=" + m.alpha() + " fit a + b/N", new double[] {0, xMax},
                    new double[] {es.value(), es.value() + es.slope() * xMax}, null));
            series.add(new Plot.Series("alpha=" + m.alpha() + " s_G", new double[] {0, xMax}, new double[] {sG, sG}, null));
            setup.append(String.format("alpha=%s: ", m.alpha()));
            for (int i = 0; i < x.length; i++) {
                setup.append(String.format("N=%d %d instances (%.1f%% without solution)%s", (int) m.sizes()[i],
                        m.instances()[i], 100 * m.empty()[i], i + 1 < x.length ? ", " : "; "));
            }
        }
        return new CheckResult(NAME,
                "Exhaustive enumeration of the 2^N weight vectors of random instances (random labels): the quenched"
                        + " entropy (1/N) E ln Z and the overlap of two solutions q = (1/N) sum_i <W_i>^2, extrapolated"
                        + " linearly in 1/N, against s_G(alpha) and q_G(alpha) (docs/theory.md 3.1). Instances without a"
                        + " solution are left out (averages conditioned on Z > 0; fraction reported).",
                setup.toString().strip(),
                "k = 3 standard errors of the extrapolated intercept (weighted least squares in 1/N) + |a_1 - a_2|, the"
                        + " change of the intercept when a 1/N^2 term enters the fit.",
                rows, "the Gardner theory at alpha + " + CONTROL_SHIFT, compare(ms, CONTROL_SHIFT),
                new Plot("Exact enumeration: (1/N) E ln Z vs 1/N", "1/N", "entropy per weight", series));
    }
}
