package org.robustensemble.figures.recipe;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.robustensemble.figures.plot.Panel;
import org.robustensemble.figures.study.Study;
import org.robustensemble.figures.study.Task;

/**
 * Figure 5, focusing BP (docs/theory.md 4.3; simulation/docs/bp.md): success probability against alpha of the
 * standard reinforcement, pseudo-reinforcement and scoping protocols (damping 0.5, at most 3 sweeps per step) and
 * of focusing AMP (bp.md section "Approximate message passing": the dense-limit form of the same BP, pseudo-
 * reinforcement, the same settings and instances); one fBP run's per-step trace (overlap S with the reference,
 * replica overlap q, internal entropy, training errors); and fAMP's AMP iterations to a solution against N at
 * alpha = 0.6, up to sizes where fBP's per-edge messages no longer fit in memory.
 */
public final class FocusingBp implements Recipe {
    private static final String[] PROTOCOLS = {"standard", "pseudo", "scoping"};
    /** Load of the size series (that of bp.md's N = 30001 and 100001 runs). */
    private static final double SIZE_ALPHA = 0.6;

    @Override
    public String name() {
        return "focusing-bp";
    }

    @Override
    public String caption() {
        return "Focusing BP (fBP) and focusing AMP (fAMP) on random binary perceptrons (damping 0.5, at most 3 sweeps "
                + "or AMP iterations per step, budget 2000): fraction of instances solved against alpha for fBP's "
                + "standard reinforcement, pseudo-reinforcement and scoping and fAMP's pseudo-reinforcement on the same "
                + "instances, with Wilson 95% intervals (left); one fBP pseudo-reinforcement run at alpha = 0.6 step by "
                + "step: overlap S with the reference, replica overlap q, internal entropy Sigma_int and the fraction of "
                + "training errors (middle); fAMP pseudo-reinforcement at alpha = 0.6: mean AMP iterations to a solution "
                + "(+- s.e., solved runs only; solved/run counts in the legend) against N, 20 instances at N = 1001 and "
                + "10001 and one at 100001 (about 5 CPU-minutes and 3.2 GB; an iteration costs ~ N M), quick size "
                + "N = 201, 401, 801 (right).";
    }

    @Override
    public List<String> columns() {
        return List.of("kind", "algorithm", "protocol", "n", "alpha", "seed", "step", "quantity", "value");
    }

    @Override
    public Study study(Size size) {
        boolean full = size == Size.FULL;
        int n = full ? 1001 : 201;
        int seeds = full ? 20 : 4;
        double[] alphas = full ? new double[] {0.6, 0.65, 0.7, 0.72, 0.74, 0.75, 0.76, 0.78} : new double[] {0.5, 0.6, 0.7};
        List<Task> tasks = new ArrayList<>();
        for (String protocol : PROTOCOLS) {
            for (double a : alphas) {
                for (int s = 1; s <= seeds; s++) {
                    tasks.add(run("fbp", protocol, n, a, s));
                }
            }
        }
        for (double a : alphas) {
            for (int s = 1; s <= seeds; s++) {
                tasks.add(run("famp", "pseudo", n, a, s));
            }
        }
        // the size series; its smallest N is the success study's alpha = 0.6 point above
        int[][] sizes = full ? new int[][] {{10001, 20}, {100001, 1}} : new int[][] {{401, 4}, {801, 4}};
        for (int[] ns : sizes) {
            for (int s = 1; s <= ns[1]; s++) {
                tasks.add(run("famp", "pseudo", ns[0], SIZE_ALPHA, s));
            }
        }
        List<String> args = Rows.args("simulate", "fbp", "--n", n, "--alpha", 0.6, "--protocol", "pseudo", "--damping",
                0.5, "--max-iters", 3, "--seed", 1, "--trace");
        int m = (int) Math.round(0.6 * n);
        tasks.add(Rows.command("pseudo trace alpha=0.6", seconds("fbp", n, 0.6), args, t -> {
            List<String> out = new ArrayList<>();
            for (String[] r : t.rows()) {
                String step = t.get(r, "step");
                out.add(Rows.line("trace", "fbp", "pseudo", n, 0.6, 1, step, "S", t.get(r, "S")));
                out.add(Rows.line("trace", "fbp", "pseudo", n, 0.6, 1, step, "q", t.get(r, "q")));
                out.add(Rows.line("trace", "fbp", "pseudo", n, 0.6, 1, step, "sigma_int", t.get(r, "sigma_int")));
                out.add(Rows.line("trace", "fbp", "pseudo", n, 0.6, 1, step, "error_fraction",
                        Double.parseDouble(t.get(r, "errors")) / m));
            }
            return out;
        }));
        return new Study(name(), size.label(), columns(), tasks);
    }

    /**
     * One run of {@code simulate fbp|famp} (instance seed = run seed, so fBP and fAMP see the same instance) with
     * damping 0.5, at most 3 sweeps (AMP iterations) a step, one thread: rows "errors" and "sweeps" (fAMP: AMP
     * iterations), both at the run's last protocol step.
     */
    private static Task run(String algorithm, String protocol, int n, double a, int seed) {
        List<String> args = new ArrayList<>(Rows.args("simulate", algorithm, "--n", n, "--alpha", a, "--protocol",
                protocol, "--damping", 0.5, "--max-iters", 3, "--seed", seed));
        if (algorithm.equals("famp")) {
            args.addAll(Rows.args("--threads", 1));
        }
        String key = (algorithm.equals("fbp") ? "" : "famp n=" + n + " ") + protocol + " alpha=" + a + " seed=" + seed;
        return Rows.command(key, seconds(algorithm, n, a), args, t -> {
            String[] r = t.rows().get(0);
            String steps = t.get(r, "steps");
            return List.of(Rows.line("run", algorithm, protocol, n, a, seed, steps, "errors", t.get(r, "errors")),
                    Rows.line("run", algorithm, protocol, n, a, seed, steps, "sweeps", t.get(r, "sweeps")));
        });
    }

    /**
     * CPU seconds of one run, ~ N M per sweep: an unsolved fBP run at N = 1001, alpha = 0.74 (265 sweeps) takes 2.9 s.
     * fAMP: 0.3 ms of CPU per AMP iteration at N = 1001, alpha = 0.6 (BENCHMARKS.md: 0.40 ms at N = 1001; measured
     * 0.2 ms x 100 at N = 10001, 3.4 s of user CPU for a 122-iteration run with the JVM start, and 0.26 ms x 1e4 at
     * N = 100001, 282 s for 108 iterations), 150 iterations at alpha &lt;= 0.6 (solved runs: 110-210), else 1000.
     */
    private static double seconds(String algorithm, int n, double a) {
        double n2 = (double) n * n / (1001.0 * 1001.0);
        if (algorithm.equals("fbp")) {
            return 3.0 * n2;
        }
        return 0.3e-3 * n2 * (a / 0.6) * (a <= 0.6 ? 150 : 1000);
    }

    @Override
    public List<Panel> panels(Table rows) {
        List<String[]> errors = rows.where("kind", "run").stream()
                .filter(r -> rows.get(r, "quantity").equals("errors")).toList();
        int n = errors.stream().filter(r -> rows.get(r, "algorithm").equals("fbp")).mapToInt(r -> (int) rows.num(r, "n"))
                .min().orElseThrow();
        Panel p = new Panel("success of focusing BP and AMP", "load alpha", "fraction of instances solved");
        Rows.successSeries(p, errors.stream().filter(r -> (int) rows.num(r, "n") == n).toList(),
                r -> (rows.get(r, "algorithm").equals("fbp") ? "fBP " : "fAMP ") + rows.get(r, "protocol"),
                r -> rows.num(r, "alpha"), r -> rows.num(r, "value") == 0);
        Panel t = new Panel("one fBP run, pseudo-reinforcement, alpha = 0.6", "protocol step",
                "S, q, Sigma_int, error fraction");
        Rows.lines(t, rows.where("kind", "trace"), r -> rows.get(r, "quantity"), r -> rows.num(r, "step"),
                r -> rows.num(r, "value"), Panel.Style.LINE);
        return List.of(p, t, sizePanel(rows));
    }

    /** fAMP at alpha = 0.6: mean AMP iterations of the solved runs against N, the solved counts in the legend. */
    private static Panel sizePanel(Table rows) {
        TreeMap<Integer, int[]> counts = new TreeMap<>();
        List<String[]> solvedSweeps = new ArrayList<>();
        List<String[]> famp = rows.where("kind", "run").stream()
                .filter(r -> rows.get(r, "algorithm").equals("famp") && rows.num(r, "alpha") == SIZE_ALPHA).toList();
        for (String[] r : famp) {
            if (rows.get(r, "quantity").equals("errors")) {
                int[] c = counts.computeIfAbsent((int) rows.num(r, "n"), k -> new int[2]);
                c[1]++;
                if (rows.num(r, "value") == 0) {
                    c[0]++;
                    String seed = rows.get(r, "seed");
                    String n = rows.get(r, "n");
                    famp.stream().filter(q -> rows.get(q, "quantity").equals("sweeps") && rows.get(q, "seed").equals(seed)
                            && rows.get(q, "n").equals(n)).forEach(solvedSweeps::add);
                }
            }
        }
        StringBuilder name = new StringBuilder("fAMP pseudo, alpha = 0.6, solved (by N)");
        counts.forEach((n, c) -> name.append(' ').append(c[0]).append('/').append(c[1]));
        Panel s = new Panel("fAMP, alpha = 0.6: iterations to a solution", "N (inputs)",
                "AMP iterations (mean +- s.e.)");
        if (!counts.isEmpty() && counts.lastKey() >= 10 * counts.firstKey()) {
            s.logX(); // a log axis labels only decades: used when the sizes span one (the full size)
        }
        Rows.meanSeries(s, solvedSweeps, r -> name.toString(), r -> rows.num(r, "n"), r -> rows.num(r, "value"));
        return s;
    }
}
