package org.robustensemble.figures.recipe;

import java.util.ArrayList;
import java.util.List;

import org.robustensemble.figures.plot.Panel;
import org.robustensemble.figures.study.Study;
import org.robustensemble.figures.study.Task;

/**
 * Figure 6, SGD against replicated SGD on binary committee machines (docs/theory.md 4.2; simulation/docs/sgd.md): at
 * the published working point (batch 80, eta 2; rSGD y = 7, lambda 0.75, gamma 0.05 + 0.001 per epoch, 1000
 * epochs; SGD the same presentations, 7000 epochs), success probability against alpha and epochs to solution.
 */
public final class Sgd implements Recipe {
    @Override
    public String name() {
        return "sgd";
    }

    @Override
    public String caption() {
        return "Clipped SGD and replicated SGD (y = 7) on binary committee machines (K = 5) with the same number of "
                + "pattern presentations: fraction of instances solved against alpha with Wilson 95% intervals (left) "
                + "and mean epochs to solution over the solved instances, +- one standard error (right).";
    }

    @Override
    public List<String> columns() {
        return List.of("algorithm", "alpha", "seed", "solved", "errors", "epochs");
    }

    @Override
    public Study study(Size size) {
        boolean full = size == Size.FULL;
        int n = full ? 321 : 81;
        int batch = full ? 80 : 20;
        int epochs = full ? 1000 : 300;
        int seeds = full ? 20 : 4;
        double[] alphas = full ? new double[] {0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6} : new double[] {0.3, 0.5};
        // measured: an unsolved SGD run of 7000 epochs at N = 321, alpha = 0.6 takes 1.8 s of CPU; ~ N^2 epochs
        double perEpoch = 1.8 / 7000 * (n / 321.0) * (n / 321.0);
        List<Task> tasks = new ArrayList<>();
        for (String alg : new String[] {"sgd", "rsgd"}) {
            for (double a : alphas) {
                for (int s = 1; s <= seeds; s++) {
                    int seed = 100 + s;
                    List<String> args = Rows.args("simulate", "sgd", "--n", n, "--k", 5, "--alpha", a, "--batch", batch,
                            "--eta", 2, "--seed", seed, "--threads", 1);
                    if (alg.equals("rsgd")) {
                        args.addAll(Rows.args("--y", 7, "--lambda", 0.75, "--gamma", 0.05, "--gamma-step", 0.001,
                                "--epochs", epochs));
                    } else {
                        args.addAll(Rows.args("--y", 1, "--lambda", 0, "--epochs", 7 * epochs));
                    }
                    tasks.add(Rows.command(alg + " alpha=" + a + " seed=" + seed, perEpoch * 7 * epochs, args, t -> {
                        String[] r = t.rows().get(0);
                        return List.of(Rows.line(alg, a, seed, t.get(r, "solved"), t.get(r, "errors"), t.get(r, "epochs")));
                    }));
                }
            }
        }
        return new Study(name(), size.label(), columns(), tasks);
    }

    @Override
    public List<Panel> panels(Table rows) {
        Panel p = new Panel("success, committee K = 5", "load alpha", "fraction of instances solved");
        Rows.successSeries(p, rows.rows(), r -> label(rows, r), r -> rows.num(r, "alpha"),
                r -> rows.get(r, "solved").equals("true"));
        Panel e = new Panel("epochs to solution (solved instances)", "load alpha", "epochs (rSGD: per replica)");
        Rows.meanSeries(e, rows.where("solved", "true"), r -> label(rows, r), r -> rows.num(r, "alpha"),
                r -> rows.num(r, "epochs"));
        return List.of(p, e);
    }

    private static String label(Table t, String[] r) {
        return t.get(r, "algorithm").equals("sgd") ? "SGD" : "replicated SGD, y = 7";
    }
}
