package org.robustensemble.validation.check;

import java.util.ArrayList;
import java.util.List;

import org.robustensemble.analytic.gardner.Gardner;
import org.robustensemble.analytic.gardner.GardnerSolution;
import org.robustensemble.validation.suite.Check;
import org.robustensemble.validation.suite.CheckResult;
import org.robustensemble.validation.suite.Context;
import org.robustensemble.validation.suite.Plot;
import org.robustensemble.validation.suite.Row;

/**
 * Check 2: the Bethe free entropy and overlap at large N against the Gardner theory (docs/theory.md 3.1, 4.3). BP at
 * gamma = 0 on random-label instances; the free entropy per weight and q_BP = mean m_i^2 are averaged over
 * instances per N, extrapolated linearly in 1/N and compared with s_G(alpha) and q_G(alpha). Allowance: k = 3
 * standard errors of the intercept plus the finite-size term of {@link org.robustensemble.validation.suite.Stats.Extrapolation}.
 */
public final class BetheCheck implements Check {
    /** Name in the suite. */
    public static final String NAME = "bethe";
    /** Standard errors in the allowance. */
    public static final double K = 3;
    /** The negative control compares with the theory at alpha + this shift. */
    public static final double CONTROL_SHIFT = 0.15;
    private static final double[] ALPHAS = {0.3, 0.5};

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "BP at gamma = 0, N = 1001..10001: Bethe free entropy per weight and q_BP = mean m^2 vs s_G, q_G";
    }

    /** Measures at every load. */
    public List<BpScan> measure(Context ctx) {
        int[] ns = ctx.full() ? new int[] {1001, 2001, 4001, 10001} : new int[] {1001, 2001};
        int[] counts = ctx.full() ? new int[] {12, 8, 6, 3} : new int[] {6, 4};
        List<BpScan> out = new ArrayList<>();
        for (int a = 0; a < ALPHAS.length; a++) {
            out.add(BpScan.measure(ctx, NAME, ALPHAS[a], false, ns, counts, 31L * (a + 1)));
        }
        return out;
    }

    /** Compares with the Gardner theory at alpha + {@code alphaShift} (0 for the check). */
    public static List<Row> compare(List<BpScan> scans, double alphaShift) {
        List<Row> rows = new ArrayList<>();
        for (BpScan s : scans) {
            GardnerSolution g = new Gardner().solve(s.alpha() + alphaShift);
            rows.add(s.row(NAME, 0, g.entropy(), K));
            rows.add(s.row(NAME, 1, g.q(), K));
        }
        return rows;
    }

    @Override
    public CheckResult run(Context ctx) {
        List<BpScan> scans = measure(ctx);
        List<Plot.Series> series = new ArrayList<>();
        List<String> setup = new ArrayList<>();
        for (BpScan s : scans) {
            GardnerSolution g = new Gardner().solve(s.alpha());
            s.plot(series, 0, g.entropy(), "free entropy");
            s.plot(series, 1, g.q(), "q");
            setup.add(s.describe());
        }
        return new CheckResult(NAME,
                "BP (gamma = 0, damping 0.5, converged to 1e-5) on random-label instances: Bethe free entropy per weight"
                        + " and q_BP = (1/N) sum_i m_i^2, averaged over instances, extrapolated linearly in 1/N, against"
                        + " s_G(alpha) and q_G(alpha) (docs/theory.md 3.1).",
                String.join("; ", setup),
                "k = 3 standard errors of the intercept + the finite-size term (|b|/N_max with fewer than 4 sizes, the"
                        + " change of the intercept with a 1/N^2 term otherwise).",
                compare(scans, 0), "the theory at alpha + " + CONTROL_SHIFT, compare(scans, CONTROL_SHIFT), new Plot("Bethe free entropy and q_BP vs 1/N", "1/N", "value", series));
    }
}
