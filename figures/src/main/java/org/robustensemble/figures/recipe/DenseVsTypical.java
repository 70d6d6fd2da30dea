package org.robustensemble.figures.recipe;

import java.util.ArrayList;
import java.util.List;

import org.robustensemble.figures.plot.Panel;
import org.robustensemble.figures.study.Study;
import org.robustensemble.figures.study.Task;

/**
 * Figure 1, dense vs typical (docs/theory.md 3.3, 3.4): at each load the local entropy S_I(d) of the densest regions
 * (robust ensemble at y = inf), of the references that exist for a typical instance (Sigma_ext = 0, y = y*), of
 * references constrained to be solutions, the Franz-Parisi entropy S_FP(d) around a typical solution, and the
 * upper bound H2(d).
 */
public final class DenseVsTypical implements Recipe {
    /** Curve labels of column {@code curve}. */
    static final String Y_INF = "y_inf";
    static final String SIGMA0 = "sigma_ext_0";
    static final String CONSTRAINED = "constrained";
    static final String FP = "franz_parisi";
    static final String H2 = "H2";

    @Override
    public String name() {
        return "dense-vs-typical";
    }

    @Override
    public String caption() {
        return "Local entropy S_I(d) of the dense regions (robust ensemble, y = inf), on the Sigma_ext = 0 curve "
                + "(references that exist for a typical instance), for references constrained to be solutions, and the "
                + "Franz-Parisi entropy S_FP(d) around a typical solution, against H2(d): typical solutions are "
                + "isolated (S_FP < 0 at small d) while dense regions reach H2(d) as d -> 0.";
    }

    @Override
    public List<String> columns() {
        return List.of("alpha", "curve", "d", "entropy");
    }

    @Override
    public Study study(Size size) {
        boolean full = size == Size.FULL;
        double[] alphas = full ? new double[] {0.4, 0.6, 0.7} : new double[] {0.6};
        String grid = full ? "0.02:0.01:0.16" : "0.04,0.08,0.12";
        String sigmaGrid = full ? "0.02:0.02:0.16" : "0.06,0.12";
        String fpGrid = full ? "0.01:0.01:0.16" : "0.02,0.08,0.14";
        int points = full ? 15 : 3;
        List<Task> tasks = new ArrayList<>();
        for (double a : alphas) {
            tasks.add(Rows.command("alpha=" + a + " " + Y_INF, 0.15 * points, Rows.args("theory", "curve", "--alpha", a,
                    "--y", "inf", "--d", grid), t -> curve(t, a, Y_INF, true)));
            tasks.add(Rows.command("alpha=" + a + " " + SIGMA0, 5.0 * (full ? 8 : 2), Rows.args("theory", "curve", "--alpha", a,
                    "--y", "sigma0", "--d", sigmaGrid), t -> curve(t, a, SIGMA0, false)));
            tasks.add(Rows.command("alpha=" + a + " " + CONSTRAINED, 1.3 * points, Rows.args("theory", "curve",
                    "--constrained", "--alpha", a, "--d", grid), t -> curve(t, a, CONSTRAINED, false)));
            tasks.add(Rows.command("alpha=" + a + " " + FP, 2.2 * (full ? 16 : 3), Rows.args("theory", "fp", "--alpha", a,
                    "--d", fpGrid), t -> {
                        List<String> out = new ArrayList<>();
                        for (String[] r : t.rows()) {
                            // d without an RS solution: empty fields (and a # no_solution line), not plotted
                            if (Rows.finite(t.get(r, "S_FP"))) {
                                out.add(Rows.line(a, FP, t.get(r, "d"), t.get(r, "S_FP")));
                            }
                        }
                        return out;
                    }));
        }
        return new Study(name(), size.label(), columns(), tasks);
    }

    private static List<String> curve(Table t, double alpha, String label, boolean withH2) {
        List<String> out = new ArrayList<>();
        for (String[] r : t.rows()) {
            out.add(Rows.line(alpha, label, t.get(r, "d"), t.get(r, "S_I")));
        }
        if (withH2) {
            for (String[] r : t.rows()) {
                out.add(Rows.line(alpha, H2, t.get(r, "d"), t.get(r, "H2")));
            }
        }
        return out;
    }

    @Override
    public List<Panel> panels(Table rows) {
        List<Panel> out = new ArrayList<>();
        for (String a : rows.distinct("alpha")) {
            Panel p = new Panel("alpha = " + a, "distance d", "local entropy S(d) per weight");
            Rows.lines(p, rows.where("alpha", a), r -> label(rows.get(r, "curve")), r -> rows.num(r, "d"),
                    r -> rows.num(r, "entropy"), Panel.Style.LINE_MARKERS);
            p.guide("zero", 0, true);
            p.legendInsideTopLeft();
            out.add(p);
        }
        return out;
    }

    private static String label(String curve) {
        return switch (curve) {
            case Y_INF -> "S_I, y = inf";
            case SIGMA0 -> "S_I, Sigma_ext = 0";
            case CONSTRAINED -> "S_I, reference a solution";
            case FP -> "S_FP (typical solution)";
            case H2 -> "H2(d)";
            default -> curve;
        };
    }
}
