package org.robustensemble.figures.recipe;

import java.util.ArrayList;
import java.util.List;

import org.robustensemble.figures.plot.Panel;
import org.robustensemble.figures.study.Study;
import org.robustensemble.figures.study.Task;

/**
 * Figure 4, Monte Carlo (docs/theory.md 4.1, 4.2; simulation/docs/mc.md): success probability against alpha of simulated
 * annealing and replicated SA with y = 3 and y = 7 at an equal budget of replica-sweeps (sweeps x y), beside
 * entropy-driven Monte Carlo (EdMC, Baldassi et al., J. Stat. Mech. (2016) 023301) on the same instances with the
 * defaults of {@code simulate edmc} (its budget: 20 rounds of at most 1000 trial flips of the reference, each a BP
 * reconvergence); and the lowest energy against replica-sweeps of one SA/RSA run each at alpha = 0.6 (EdMC has no
 * replica-sweeps, so it is not in that panel). Schedules as in mc.md: SA beta linear 0.5 -> 2.5; RSA beta geometric
 * 0.5 -> 1.5 (y = 3) or 1.0 (y = 7), gamma linear 0 -> 1.5, each over its budget.
 */
public final class Annealing implements Recipe {
    /** Work unit of SA/RSA rows: sweeps x y. */
    private static final String REPLICA_SWEEPS = "replica_sweeps";
    /** Work unit of EdMC rows: trial flips of the reference (each a BP reconvergence). */
    private static final String MOVES = "moves";
    /** Trace rows kept per run (every k-th sweep, k = budget / this). */
    private static final int TRACE_POINTS = 200;

    @Override
    public String name() {
        return "annealing";
    }

    @Override
    public String caption() {
        return "Simulated annealing (SA) and replicated SA (RSA, y = 3 and 7 replicas) on random binary perceptrons at "
                + "an equal budget of replica-sweeps (N = 1001: 14000, i.e. 1.4e7 attempted flips; quick N = 201: 2000), "
                + "and entropy-driven Monte Carlo (EdMC, simulate edmc defaults: BP-marginal proposals, gamma 0.1 -> 2 "
                + "over 20 rounds of at most 1000 moves, y = inf; its budget is 20000 trial flips of the reference, "
                + "each a BP reconvergence, not single-spin flips) on the same instances: fraction of instances solved "
                + "against alpha with Wilson 95% intervals (left); the lowest replica energy against replica-sweeps of "
                + "one instance at alpha = 0.6 for SA and RSA (right; EdMC, whose moves are BP reconvergences, has no "
                + "replica-sweeps and is not shown there).";
    }

    @Override
    public List<String> columns() {
        return List.of("kind", "algorithm", "y", "alpha", "seed", "work", "work_unit", "energy");
    }

    @Override
    public Study study(Size size) {
        boolean full = size == Size.FULL;
        int n = full ? 1001 : 201;
        int budget = full ? 14000 : 2000;
        int seeds = full ? 20 : 4;
        double[] alphas = full ? new double[] {0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75}
                : new double[] {0.4, 0.55, 0.7};
        int[] ys = {1, 3, 7};
        // measured: whole annealing runs do ~2e7 attempted flips per CPU-second (mc.md); unsolved runs use the budget
        double perRun = (double) n * budget / 2e7;
        List<Task> tasks = new ArrayList<>();
        for (int y : ys) {
            List<String> schedule = schedule(y, budget);
            for (double a : alphas) {
                for (int s = 1; s <= seeds; s++) {
                    int seed = 100 + s;
                    List<String> args = new ArrayList<>(Rows.args("simulate", y == 1 ? "sa" : "rsa", "--n", n, "--alpha", a));
                    if (y > 1) {
                        args.addAll(Rows.args("--y", y));
                    }
                    args.addAll(Rows.args("--seed", seed, "--threads", 1));
                    args.addAll(schedule);
                    tasks.add(Rows.command(alg(y) + y + " alpha=" + a + " seed=" + seed, perRun, args, t -> {
                        String[] r = t.rows().get(0);
                        long sweeps = Long.parseLong(t.get(r, "sweeps")) * y;
                        return List.of(Rows.line("run", alg(y), y, a, seed, sweeps, REPLICA_SWEEPS, t.get(r, "energy")));
                    }));
                }
            }
            List<String> args = new ArrayList<>(Rows.args("simulate", y == 1 ? "sa" : "rsa", "--n", n, "--alpha", 0.6));
            if (y > 1) {
                args.addAll(Rows.args("--y", y));
            }
            args.addAll(Rows.args("--seed", 1, "--threads", 1, "--trace"));
            args.addAll(schedule);
            int every = Math.max(1, budget / y / TRACE_POINTS);
            tasks.add(Rows.command(alg(y) + y + " trace alpha=0.6", perRun, args, t -> {
                List<String> out = new ArrayList<>();
                List<String[]> rows = t.rows();
                for (int i = 0; i < rows.size(); i++) {
                    String[] r = rows.get(i);
                    long sweep = Long.parseLong(t.get(r, "sweep"));
                    if (sweep % every == 0 || i == rows.size() - 1) {
                        out.add(Rows.line("trace", alg(y), y, 0.6, 1, sweep * y, REPLICA_SWEEPS, t.get(r, "energy_min")));
                    }
                }
                return out;
            }));
        }
        tasks.addAll(edmc(n, alphas, full ? seeds : 2));
        return new Study(name(), size.label(), columns(), tasks);
    }

    /**
     * EdMC on the instances of SA/RSA (run seeds 101.., the instance drawn from the seed as {@code simulate sa}
     * does), {@code simulate edmc}'s defaults, one thread per run.
     */
    private static List<Task> edmc(int n, double[] alphas, int seeds) {
        List<Task> tasks = new ArrayList<>();
        for (double a : alphas) {
            double perRun = edmcSeconds(n, a);
            for (int s = 1; s <= seeds; s++) {
                int seed = 100 + s;
                List<String> args = Rows.args("simulate", "edmc", "--n", n, "--alpha", a, "--seed", seed, "--threads", 1);
                tasks.add(Rows.command("edmc alpha=" + a + " seed=" + seed, perRun, args, t -> {
                    String[] r = t.rows().get(0);
                    return List.of(Rows.line("run", "edmc", t.get(r, "y"), a, seed, t.get(r, "sweeps"), MOVES,
                            t.get(r, "energy")));
                }));
            }
        }
        return tasks;
    }

    /**
     * CPU seconds of one EdMC run: mc.md's study at N = 1001 (median BP sweeps per run 348, 599, 1736 at alpha 0.6,
     * 0.7, 0.75; about 16 ms of CPU per BP sweep including the per-move free entropy, 5.6 s for a 121-move run at
     * 0.6), a sweep ~ N M.
     */
    private static double edmcSeconds(int n, double alpha) {
        double sweeps = alpha <= 0.6 ? 350 : alpha <= 0.65 ? 450 : alpha <= 0.7 ? 600 : 1750;
        return 0.016 * sweeps * (n * alpha * n) / (1001.0 * 601.0);
    }

    private static String alg(int y) {
        return y == 1 ? "sa" : "rsa";
    }

    /** The schedule options of mc.md's equal-budget comparison for {@code budget} replica-sweeps. */
    private static List<String> schedule(int y, int budget) {
        if (y == 1) {
            return Rows.args("--sweeps", budget, "--beta-schedule", "linear", "--beta0", 0.5, "--beta-rate",
                    2.0 / budget, "--beta-max", 2.5);
        }
        int t = budget / y;
        double bmax = y == 3 ? 1.5 : 1.0;
        double gmax = 1.5;
        return Rows.args("--sweeps", t, "--beta-schedule", "geometric", "--beta0", 0.5, "--beta-rate",
                Math.pow(bmax / 0.5, 1.0 / t), "--beta-max", bmax, "--gamma-schedule", "linear", "--gamma0", 0,
                "--gamma-rate", gmax / t, "--gamma-max", gmax);
    }

    @Override
    public List<Panel> panels(Table rows) {
        List<String[]> runs = rows.where("kind", "run");
        Panel p = new Panel("success (SA, RSA: equal replica-sweeps)", "load alpha", "fraction of instances solved");
        Rows.successSeries(p, runs, r -> label(rows, r), r -> rows.num(r, "alpha"), r -> rows.num(r, "energy") == 0);
        Panel e = new Panel("one instance, alpha = 0.6 (SA, RSA)", "replica-sweeps (sweeps x y)",
                "lowest replica energy (errors)");
        Rows.lines(e, rows.where("kind", "trace"), r -> label(rows, r), r -> rows.num(r, "work"),
                r -> rows.num(r, "energy"), Panel.Style.LINE);
        return List.of(p, e);
    }

    private static String label(Table t, String[] r) {
        return switch (t.get(r, "algorithm")) {
            case "sa" -> "SA";
            case "edmc" -> "EdMC";
            default -> "RSA y = " + t.get(r, "y");
        };
    }
}
