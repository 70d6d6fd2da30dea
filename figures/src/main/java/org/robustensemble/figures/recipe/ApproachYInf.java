package org.robustensemble.figures.recipe;

import java.util.ArrayList;
import java.util.List;

import org.robustensemble.figures.plot.Panel;
import org.robustensemble.figures.study.Study;
import org.robustensemble.figures.study.Task;

/**
 * Figure 3, the approach to y = inf (docs/theory.md 3.2-3.3): the robust ensemble's local entropy S_I(d) and external
 * entropy Sigma_ext(d) at alpha = 0.6 for growing numbers of replicas y, converging to the y = inf curve.
 */
public final class ApproachYInf implements Recipe {
    @Override
    public String name() {
        return "approach-y-inf";
    }

    @Override
    public String caption() {
        return "Approach to y = inf at alpha = 0.6: local entropy S_I(d) (left) and external entropy Sigma_ext(d) "
                + "(right, the log-number of references; finite y only) of the robust ensemble for y = 2 .. 32 and "
                + "the y = inf limit.";
    }

    @Override
    public List<String> columns() {
        return List.of("y", "quantity", "d", "value");
    }

    @Override
    public Study study(Size size) {
        boolean full = size == Size.FULL;
        String[] ys = full ? new String[] {"2", "4", "8", "16", "32", "inf"} : new String[] {"2", "8", "inf"};
        String grid = full ? "0.02:0.01:0.16" : "0.04,0.08,0.12,0.16";
        int points = full ? 15 : 4;
        List<Task> tasks = new ArrayList<>();
        for (String y : ys) {
            tasks.add(Rows.command("y=" + y, (y.equals("inf") ? 0.15 : 0.6) * points, Rows.args("theory", "curve",
                    "--alpha", 0.6, "--y", y, "--d", grid), t -> {
                        List<String> out = new ArrayList<>();
                        for (String[] r : t.rows()) {
                            out.add(Rows.line(y, "S_I", t.get(r, "d"), t.get(r, "S_I")));
                        }
                        for (String[] r : t.rows()) {
                            if (Rows.finite(t.get(r, "Sigma_ext"))) {
                                out.add(Rows.line(y, "Sigma_ext", t.get(r, "d"), t.get(r, "Sigma_ext")));
                            }
                        }
                        return out;
                    }));
        }
        return new Study(name(), size.label(), columns(), tasks);
    }

    @Override
    public List<Panel> panels(Table rows) {
        Panel s = new Panel("local entropy, alpha = 0.6", "distance d", "local entropy S_I(d) per weight");
        Rows.lines(s, rows.where("quantity", "S_I"), r -> "y = " + rows.get(r, "y"), r -> rows.num(r, "d"),
                r -> rows.num(r, "value"), Panel.Style.LINE_MARKERS);
        s.legendInsideTopLeft();
        Panel e = new Panel("external entropy, alpha = 0.6", "distance d", "external entropy Sigma_ext(d) per weight");
        Rows.lines(e, rows.where("quantity", "Sigma_ext"), r -> "y = " + rows.get(r, "y"), r -> rows.num(r, "d"),
                r -> rows.num(r, "value"), Panel.Style.LINE_MARKERS);
        e.guide("Sigma_ext = 0", 0, true);
        return List.of(s, e);
    }
}
