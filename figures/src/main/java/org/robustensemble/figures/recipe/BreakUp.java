package org.robustensemble.figures.recipe;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.robustensemble.figures.plot.Panel;
import org.robustensemble.figures.study.Study;
import org.robustensemble.figures.study.Task;

/**
 * Figure 2, the break-up of the dense region (analytic/docs/dense-reference.md sections 8-9): gamma(d) =
 * (1/2) dS_I/dd of the constrained curve at loads near alpha_U; the curve stops being monotone where min_d
 * gamma(d) reaches zero. At full size the break-up loads of both criteria ({@code theory breakup}, y = inf and
 * Sigma_ext = 0) are computed and drawn as vertical lines in the second panel (min_d gamma vs alpha).
 */
public final class BreakUp implements Recipe {
    @Override
    public String name() {
        return "breakup";
    }

    @Override
    public String caption() {
        return "Break-up of the dense region: gamma(d) = (1/2) dS_I/dd of the constrained y = inf curve at loads near "
                + "alpha_U, with the zero line; right: the minimum over the plotted d of gamma against alpha and (full "
                + "size) the break-up loads alpha_U of the y = inf criterion and of the Sigma_ext = 0 criterion "
                + "(theory breakup).";
    }

    @Override
    public List<String> columns() {
        return List.of("series", "alpha", "d", "gamma");
    }

    @Override
    public Study study(Size size) {
        boolean full = size == Size.FULL;
        // the constrained curve costs ~10 s of CPU per point at alpha <= 0.75 and ~45 s above (measured, loaded)
        double[] alphas = full ? new double[] {0.74, 0.75, 0.755, 0.76, 0.77} : new double[] {0.75};
        String grid = full ? "0.015:0.005:0.06" : "0.03,0.05";
        int points = full ? 10 : 2;
        List<Task> tasks = new ArrayList<>();
        for (double a : alphas) {
            List<String> args = Rows.args("theory", "curve", "--constrained", "--alpha", a, "--d", grid);
            // above alpha_U the curve has a gap: those d do not converge (exit 3, empty fields) and are not plotted
            tasks.add(new Task("gamma alpha=" + a, List.of(Cli.display(args)), (a <= 0.75 ? 10 : 45) * points, () -> {
                Table t = Cli.run(args, true);
                List<String> out = new ArrayList<>();
                for (String[] r : t.rows()) {
                    if (Rows.finite(t.get(r, "gamma"))) {
                        out.add(Rows.line("gamma", a, t.get(r, "d"), t.get(r, "gamma")));
                    }
                }
                return out;
            }));
        }
        if (full) {
            tasks.add(breakup("alpha_U y=inf", 400, Rows.args("theory", "breakup")));
            tasks.add(breakup("alpha_U sigma_ext=0", 600, Rows.args("theory", "breakup", "--criterion", "sigma0")));
        }
        return new Study(name(), size.label(), columns(), tasks);
    }

    private static Task breakup(String label, double seconds, List<String> args) {
        return Rows.command(label, seconds, args, t -> {
            String[] r = t.rows().get(0);
            return List.of(Rows.line(label.replace(' ', '_'), t.get(r, "alpha_U"), t.get(r, "d_U"), t.get(r, "gamma_at_U")));
        });
    }

    @Override
    public List<Panel> panels(Table rows) {
        List<String[]> curves = rows.where("series", "gamma");
        Panel p = new Panel("gamma(d) near the break-up", "distance d", "coupling gamma = (1/2) dS_I/dd");
        Rows.lines(p, curves, r -> "alpha = " + rows.get(r, "alpha"), r -> rows.num(r, "d"), r -> rows.num(r, "gamma"),
                Panel.Style.LINE_MARKERS);
        p.guide("gamma = 0", 0, true);
        Map<Double, Double> min = new TreeMap<>();
        for (String[] r : curves) {
            min.merge(rows.num(r, "alpha"), rows.num(r, "gamma"), Math::min);
        }
        Panel q = new Panel("monotonicity of the curve", "load alpha", "min over d of gamma(d)");
        q.add("min_d gamma(d)", min.keySet().stream().mapToDouble(Double::doubleValue).toArray(),
                min.values().stream().mapToDouble(Double::doubleValue).toArray(), Panel.Style.LINE_MARKERS);
        q.guide("gamma = 0", 0, true);
        for (String[] r : rows.rows()) {
            if (!rows.get(r, "series").equals("gamma")) {
                q.guide(rows.get(r, "series").replace('_', ' '), rows.num(r, "alpha"), false);
            }
        }
        return List.of(p, q);
    }
}
