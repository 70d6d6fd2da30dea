package org.robustensemble.validation.check;

import java.util.ArrayList;
import java.util.List;

import org.robustensemble.analytic.curve.DenseRegionCurve;
import org.robustensemble.validation.LocalEntropyValidation;
import org.robustensemble.validation.suite.Check;
import org.robustensemble.validation.suite.CheckResult;
import org.robustensemble.validation.suite.Context;
import org.robustensemble.validation.suite.Plot;
import org.robustensemble.validation.suite.Row;

/**
 * The comparison of {@code re validate local-entropy} as a suite check ({@link LocalEntropyValidation}): the
 * BP-measured local entropy around one fBP solution at alpha = 0.4 must lie in the band between the dense-region
 * curves at y = 8 ({@code S_loc>=S_y8}) and y = infinity ({@code S_loc<S_inf}). Allowance (one instance): k = 2
 * times the documented instance-to-instance spread 0.2/sqrt(N) of BP free entropies (simulation/docs/bp.md) plus
 * the finite-size bound 2/N of {@link DenseRegionCheck}.
 */
public final class LocalEntropyCheck implements Check {
    /** Name in the suite. */
    public static final String NAME = "local-entropy";
    /** Spreads in the allowance. */
    public static final double K = 2;
    /** The negative control compares with the band at this load. */
    public static final double CONTROL_ALPHA = 0.2;
    private static final double ALPHA = 0.4;
    private static final double Y_LOW = 8;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "re validate local-entropy: local entropy around one fBP solution in the band between y = 8 and y = inf";
    }

    static double allowance(int n) {
        return K * 0.2 / Math.sqrt(n) + DenseRegionCheck.FINITE_SIZE / n;
    }

    /** The band rows of a measurement against the curves at load {@code alpha}. */
    static List<Row> compare(LocalEntropyValidation.Report r, int n, double alpha) {
        List<Row> rows = new ArrayList<>();
        if (!r.solved()) {
            rows.add(Row.of(NAME, "solved", "alpha=" + ALPHA + " N=" + n, 1, 0, 0, 0, Row.Relation.EQUAL));
            return rows;
        }
        double[] ds = r.rows().stream().mapToDouble(LocalEntropyValidation.Row::d).toArray();
        DenseRegionCurve curve = new DenseRegionCurve();
        List<DenseRegionCurve.Point> low = curve.compute(alpha, Y_LOW, ds);
        List<DenseRegionCurve.Point> inf = curve.compute(alpha, Double.POSITIVE_INFINITY, ds);
        double a = allowance(n);
        double se = 0.2 / Math.sqrt(n);
        for (int i = 0; i < ds.length; i++) {
            LocalEntropyValidation.Row x = r.rows().get(i);
            String par = String.format("alpha=%s N=%d gamma=%.1f d=%.4f", ALPHA, n, x.gamma(), x.d());
            rows.add(Row.of(NAME, "S_loc>=S_y8", par, low.get(i).localEntropy(), x.measured(), se, a, Row.Relation.AT_LEAST));
            if (!Double.isNaN(inf.get(i).localEntropy())) {
                rows.add(Row.of(NAME, "S_loc<S_inf", par, inf.get(i).localEntropy(), x.measured(), se, a, Row.Relation.BELOW));
            }
        }
        return rows;
    }

    @Override
    public CheckResult run(Context ctx) {
        int n = ctx.pick(301, 1001);
        ctx.progress().accept(NAME + ": fBP and probe at N = " + n);
        LocalEntropyValidation.Report r = LocalEntropyValidation.run(n, ALPHA, ctx.seed() + 6, Y_LOW, allowance(n));
        List<Row> rows = compare(r, n, ALPHA);
        double[] d = r.rows().stream().mapToDouble(LocalEntropyValidation.Row::d).toArray();
        double[] m = r.rows().stream().mapToDouble(LocalEntropyValidation.Row::measured).toArray();
        double[] err = new double[d.length];
        java.util.Arrays.fill(err, 0.2 / Math.sqrt(n));
        List<Plot.Series> series = new ArrayList<>();
        series.add(new Plot.Series("y = 8", d, r.rows().stream().mapToDouble(LocalEntropyValidation.Row::theoryLow).toArray(),
                null));
        series.add(new Plot.Series("y = inf", d, r.rows().stream().mapToDouble(LocalEntropyValidation.Row::theoryInf)
                .toArray(), null));
        series.add(new Plot.Series("H2(d)", d, r.rows().stream().mapToDouble(LocalEntropyValidation.Row::h2).toArray(), null));
        series.add(new Plot.Series("around the fBP solution", d, m, err));
        series.add(new Plot.Series("around the teacher (typical)", r.teacherD(), r.teacherLocal(),
                new double[r.teacherD().length]));
        return new CheckResult(NAME,
                "The comparison of 're validate local-entropy': one random instance at alpha = " + ALPHA + " solved by fBP"
                        + " (pseudo-reinforcement), local entropy around the solution measured with BP (docs/theory.md 4.4)"
                        + " for d in (0.025, 0.2), against the band between the dense-region curves at y = 8 and"
                        + " y = infinity; the probe around a planted teacher (a typical solution) is plotted for contrast.",
                "N = " + n + ", one instance (seed " + (ctx.seed() + 6) + "), fBP " + (r.solved() ? "solved it" : "did not solve it"),
                "k = 2 times the instance-to-instance spread 0.2/sqrt(N) of BP free entropies + 2/N.", rows,
                "the band at alpha = " + CONTROL_ALPHA, compare(r, n, CONTROL_ALPHA),
                new Plot("Local entropy around one fBP solution (alpha = " + ALPHA + ")", "d", "S_loc(d)", series));
    }
}
