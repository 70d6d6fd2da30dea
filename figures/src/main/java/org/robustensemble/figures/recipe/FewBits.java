package org.robustensemble.figures.recipe;

import java.util.ArrayList;
import java.util.List;

import org.robustensemble.figures.plot.Panel;
import org.robustensemble.figures.study.Study;
import org.robustensemble.figures.study.Task;

/**
 * Figure 8, few bits and margins (analytic/docs/extensions.md): the capacity alpha_c(kappa) with margin kappa and
 * the Gardner entropy s_G(alpha) (Krauth-Mezard; multi-state weights) for binary, ternary and two-bit weights.
 */
public final class FewBits implements Recipe {
    /** The weight sets: label and {@code --weights} value. */
    private static final String[][] WEIGHTS = {{"binary", "-1,1"}, {"ternary", "-1,0,1"}, {"two_bits", "-3,-1,1,3"}};

    @Override
    public String name() {
        return "few-bits";
    }

    @Override
    public String caption() {
        return "Few bits and margins: capacity alpha_c(kappa) against the margin kappa (left) and Gardner entropy "
                + "s_G(alpha) at kappa = 0 (right) for binary (+-1), ternary (-1, 0, 1) and two-bit (-3, -1, 1, 3) "
                + "weights: a few bits of precision buy most of the capacity.";
    }

    @Override
    public List<String> columns() {
        return List.of("weights", "quantity", "x", "value");
    }

    @Override
    public Study study(Size size) {
        boolean full = size == Size.FULL;
        double[] kappas = full ? new double[] {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0} : new double[] {0, 0.5, 1};
        String alphas = full ? "0.05:0.05:1.3" : "0.2,0.5,0.8";
        List<Task> tasks = new ArrayList<>();
        for (String[] w : WEIGHTS) {
            for (double k : kappas) {
                tasks.add(Rows.command(w[0] + " alpha_c kappa=" + k, 0.5, Rows.args("theory", "capacity", "--kappa", k,
                        "--weights=" + w[1]), t -> List.of(Rows.line(w[0], "alpha_c", k, t.get(t.rows().get(0), "alpha_c")))));
            }
            tasks.add(Rows.command(w[0] + " s_G", full ? 3 : 0.5, Rows.args("theory", "gardner", "--alpha", alphas,
                    "--weights=" + w[1]), t -> {
                        List<String> out = new ArrayList<>();
                        for (String[] r : t.rows()) {
                            if (Rows.finite(t.get(r, "entropy"))) {
                                out.add(Rows.line(w[0], "s_G", t.get(r, "alpha"), t.get(r, "entropy")));
                            }
                        }
                        return out;
                    }));
        }
        return new Study(name(), size.label(), columns(), tasks);
    }

    @Override
    public List<Panel> panels(Table rows) {
        Panel c = new Panel("capacity with a margin", "margin kappa", "capacity alpha_c(kappa)");
        Rows.lines(c, rows.where("quantity", "alpha_c"), r -> rows.get(r, "weights").replace('_', ' '),
                r -> rows.num(r, "x"), r -> rows.num(r, "value"), Panel.Style.LINE_MARKERS);
        Panel s = new Panel("Gardner entropy, kappa = 0", "load alpha", "entropy s_G(alpha) per weight");
        Rows.lines(s, rows.where("quantity", "s_G"), r -> rows.get(r, "weights").replace('_', ' '),
                r -> rows.num(r, "x"), r -> rows.num(r, "value"), Panel.Style.LINE_MARKERS);
        s.guide("s_G = 0", 0, true);
        return List.of(c, s);
    }
}
