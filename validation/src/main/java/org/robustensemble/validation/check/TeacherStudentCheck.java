package org.robustensemble.validation.check;

import java.util.ArrayList;
import java.util.List;

import org.robustensemble.analytic.typical.TeacherStudent;
import org.robustensemble.analytic.typical.TeacherStudentSolution;
import org.robustensemble.validation.suite.Check;
import org.robustensemble.validation.suite.CheckResult;
import org.robustensemble.validation.suite.Context;
import org.robustensemble.validation.suite.Plot;
import org.robustensemble.validation.suite.Row;

/**
 * Check 6: typical solutions of the teacher-student (planted) perceptron (docs/theory.md 3.7, 4.4). On instances
 * labelled by a random binary teacher, BP at gamma = 0 measures the overlap of its marginals with the teacher
 * R = (1/N) sum_i W*_i m_i, the overlap q = mean m_i^2 (Nishimori: q = R) and the Bethe free entropy, which is the
 * log-number of solutions at distance d = (1 - R)/2 from the teacher (the probe around the teacher at gamma = 0);
 * all three are extrapolated linearly in 1/N and compared with {@link TeacherStudent} (R(alpha), q = R and
 * s_TS(alpha)) below the perfect-learning transition. Allowance: k = 3 standard errors of the intercept plus the
 * finite-size term.
 */
public final class TeacherStudentCheck implements Check {
    /** Name in the suite. */
    public static final String NAME = "teacher-student";
    /** Standard errors in the allowance. */
    public static final double K = 3;
    /** The negative control compares with the theory at alpha + this shift. */
    public static final double CONTROL_SHIFT = 0.2;
    private static final double[] ALPHAS = {0.6, 1.0};

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "teacher-student instances: BP overlap with the teacher R, q and entropy vs the RS theory R(alpha), s_TS";
    }

    /** Measures at every load. */
    public List<BpScan> measure(Context ctx) {
        int[] ns = ctx.full() ? new int[] {1001, 2001, 4001, 10001} : new int[] {1001, 2001};
        int[] counts = ctx.full() ? new int[] {12, 8, 6, 3} : new int[] {6, 4};
        List<BpScan> out = new ArrayList<>();
        for (int a = 0; a < ALPHAS.length; a++) {
            out.add(BpScan.measure(ctx, NAME, ALPHAS[a], true, ns, counts, 53L * (a + 1)));
        }
        return out;
    }

    /** Compares with the theory at alpha + {@code alphaShift} (0 for the check). */
    public static List<Row> compare(List<BpScan> scans, double alphaShift) {
        TeacherStudent ts = new TeacherStudent();
        List<Row> rows = new ArrayList<>();
        for (BpScan s : scans) {
            TeacherStudentSolution th = ts.poorBranch(s.alpha() + alphaShift);
            rows.add(s.row(NAME, 0, th.entropy(), K));
            rows.add(s.row(NAME, 1, th.q(), K));
            rows.add(s.row(NAME, 2, th.r(), K));
        }
        return rows;
    }

    @Override
    public CheckResult run(Context ctx) {
        List<BpScan> scans = measure(ctx);
        TeacherStudent ts = new TeacherStudent();
        TeacherStudent.Transition tr = ts.perfectLearningLoad(1e-8);
        List<Plot.Series> series = new ArrayList<>();
        int grid = 60;
        double[] ax = new double[grid];
        double[] ar = new double[grid];
        for (int i = 0; i < grid; i++) {
            ax[i] = 1.5 * i / (grid - 1);
            ar[i] = ts.solve(ax[i], tr.alphaPerfect()).r();
        }
        series.add(new Plot.Series("R(alpha), RS theory", ax, ar, null));
        double[] mx = new double[scans.size()];
        double[] my = new double[scans.size()];
        double[] me = new double[scans.size()];
        List<String> setup = new ArrayList<>();
        for (int i = 0; i < scans.size(); i++) {
            var x = scans.get(i).extrapolation(2);
            mx[i] = scans.get(i).alpha();
            my[i] = x.value();
            me[i] = x.stdError();
            setup.add(scans.get(i).describe());
        }
        series.add(new Plot.Series("BP overlap with the teacher (N -> inf)", mx, my, me));
        return new CheckResult(NAME,
                "Teacher-student instances (labels from a random binary teacher, a uniform sample of its instance's"
                        + " solutions): BP at gamma = 0 gives the overlap of the marginals with the teacher R, q = mean m^2"
                        + " and the Bethe entropy at distance (1 - R)/2 from the teacher, extrapolated in 1/N, against the"
                        + " RS (Nishimori) theory R(alpha) = q(alpha) and s_TS(alpha) (docs/theory.md 3.7). Perfect-learning"
                        + " transition of the theory: alpha = " + String.format("%.6f", tr.alphaPerfect()) + ".",
                String.join("; ", setup),
                "k = 3 standard errors of the intercept + the finite-size term (|b|/N_max with fewer than 4 sizes, the"
                        + " change of the intercept with a 1/N^2 term otherwise).",
                compare(scans, 0), "the theory at alpha + " + CONTROL_SHIFT, compare(scans, CONTROL_SHIFT), new Plot("Teacher-student: overlap with the teacher", "alpha", "R", series));
    }
}
