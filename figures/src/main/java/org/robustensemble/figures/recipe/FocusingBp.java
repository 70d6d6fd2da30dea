package org.robustensemble.figures.recipe;

import java.util.ArrayList;
import java.util.List;

import org.robustensemble.figures.plot.Panel;
import org.robustensemble.figures.study.Study;
import org.robustensemble.figures.study.Task;

/**
 * Figure 5, focusing BP (docs/theory.md 4.3; simulation/docs/bp.md): success probability against alpha of the
 * standard reinforcement, pseudo-reinforcement and scoping protocols (damping 0.5, at most 3 sweeps per step), and
 * one run's per-step trace (overlap S with the reference, replica overlap q, internal entropy, training errors).
 */
public final class FocusingBp implements Recipe {
    private static final String[] PROTOCOLS = {"standard", "pseudo", "scoping"};

    @Override
    public String name() {
        return "focusing-bp";
    }

    @Override
    public String caption() {
        return "Focusing BP on random binary perceptrons (damping 0.5, at most 3 sweeps per step): fraction of "
                + "instances solved against alpha for standard reinforcement, pseudo-reinforcement and scoping with "
                + "Wilson 95% intervals (left); one pseudo-reinforcement run at alpha = 0.6 step by step: overlap S "
                + "with the reference, replica overlap q, internal entropy Sigma_int and the fraction of training "
                + "errors (right).";
    }

    @Override
    public List<String> columns() {
        return List.of("kind", "protocol", "alpha", "seed", "step", "quantity", "value");
    }

    @Override
    public Study study(Size size) {
        boolean full = size == Size.FULL;
        int n = full ? 1001 : 201;
        int seeds = full ? 20 : 4;
        double[] alphas = full ? new double[] {0.6, 0.65, 0.7, 0.72, 0.74, 0.75, 0.76, 0.78} : new double[] {0.5, 0.6, 0.7};
        // measured: an unsolved pseudo run at N = 1001, alpha = 0.74 (265 sweeps) takes 2.9 s of CPU; ~ N^2
        double perRun = 3.0 * n * n / (1001.0 * 1001.0);
        List<Task> tasks = new ArrayList<>();
        for (String protocol : PROTOCOLS) {
            for (double a : alphas) {
                for (int s = 1; s <= seeds; s++) {
                    int seed = s;
                    List<String> args = Rows.args("simulate", "fbp", "--n", n, "--alpha", a, "--protocol", protocol,
                            "--damping", 0.5, "--max-iters", 3, "--seed", seed);
                    tasks.add(Rows.command(protocol + " alpha=" + a + " seed=" + seed, perRun, args, t -> {
                        String[] r = t.rows().get(0);
                        return List.of(Rows.line("run", protocol, a, seed, t.get(r, "steps"), "errors", t.get(r, "errors")));
                    }));
                }
            }
        }
        List<String> args = Rows.args("simulate", "fbp", "--n", n, "--alpha", 0.6, "--protocol", "pseudo", "--damping",
                0.5, "--max-iters", 3, "--seed", 1, "--trace");
        int m = (int) Math.round(0.6 * n);
        tasks.add(Rows.command("pseudo trace alpha=0.6", perRun, args, t -> {
            List<String> out = new ArrayList<>();
            for (String[] r : t.rows()) {
                String step = t.get(r, "step");
                out.add(Rows.line("trace", "pseudo", 0.6, 1, step, "S", t.get(r, "S")));
                out.add(Rows.line("trace", "pseudo", 0.6, 1, step, "q", t.get(r, "q")));
                out.add(Rows.line("trace", "pseudo", 0.6, 1, step, "sigma_int", t.get(r, "sigma_int")));
                out.add(Rows.line("trace", "pseudo", 0.6, 1, step, "error_fraction",
                        Double.parseDouble(t.get(r, "errors")) / m));
            }
            return out;
        }));
        return new Study(name(), size.label(), columns(), tasks);
    }

    @Override
    public List<Panel> panels(Table rows) {
        Panel p = new Panel("success of focusing BP", "load alpha", "fraction of instances solved");
        Rows.successSeries(p, rows.where("kind", "run"), r -> rows.get(r, "protocol"), r -> rows.num(r, "alpha"),
                r -> rows.num(r, "value") == 0);
        Panel t = new Panel("one run, pseudo-reinforcement, alpha = 0.6", "protocol step", "S, q, Sigma_int, error fraction");
        Rows.lines(t, rows.where("kind", "trace"), r -> rows.get(r, "quantity"), r -> rows.num(r, "step"),
                r -> rows.num(r, "value"), Panel.Style.LINE);
        return List.of(p, t);
    }
}
