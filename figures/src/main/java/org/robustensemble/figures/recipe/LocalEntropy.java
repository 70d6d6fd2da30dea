package org.robustensemble.figures.recipe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.robustensemble.figures.plot.Panel;
import org.robustensemble.figures.study.Study;
import org.robustensemble.figures.study.Task;

/**
 * Figure 7, local entropy measured around solutions (docs/theory.md 4.4; validation/LocalEntropyValidation): BP with a
 * field gamma Wref ({@code measure local-entropy}) around solutions found by focusing BP and around the planted
 * teacher of a teacher-student instance, against the dense-region curve S_I(d) at y = inf ({@code theory curve})
 * and the Franz-Parisi curve S_FP(d) around a typical solution ({@code theory fp}). Around RSA solutions it needs a
 * weights output of {@code simulate rsa}, which the command does not have yet.
 */
public final class LocalEntropy implements Recipe {
    private static final double ALPHA = 0.4;

    @Override
    public String name() {
        return "local-entropy";
    }

    @Override
    public String caption() {
        return "Local entropy measured by BP (converged points) around solutions found by focusing BP and around the "
                + "planted teacher of teacher-student instances at alpha = 0.4, against the theory: the dense-region "
                + "curve S_I(d) at y = inf and the Franz-Parisi curve S_FP(d) of typical solutions, with H2(d). "
                + "fBP solutions lie in dense regions; the teacher, a typical solution, is isolated.";
    }

    @Override
    public List<String> columns() {
        return List.of("source", "seed", "d", "local_entropy");
    }

    @Override
    public Study study(Size size) {
        boolean full = size == Size.FULL;
        int n = full ? 1001 : 201;
        int seeds = full ? 5 : 2;
        String gammas = full ? "0:4:0.2" : "0.5:4:0.5";
        double perRun = full ? 30 : 1;
        List<Task> tasks = new ArrayList<>();
        for (int s = 1; s <= seeds; s++) {
            int seed = s;
            tasks.add(measured("fbp", seed, perRun, inst -> Rows.args("simulate", "fbp", "--n", n, "--alpha", ALPHA,
                    "--protocol", "pseudo", "--damping", 0.5, "--seed", seed, "--save-instance", inst, "--save-weights",
                    weights(inst)), gammas));
            tasks.add(measured("teacher", seed, perRun, inst -> Rows.args("simulate", "sa", "--n", n, "--alpha", ALPHA,
                    "--teacher", "--seed", seed, "--sweeps", 1, "--save-instance", inst), gammas));
        }
        String grid = full ? "0.02:0.01:0.2" : "0.04,0.08,0.12,0.16";
        tasks.add(Rows.command("theory y_inf", full ? 3 : 1, Rows.args("theory", "curve", "--alpha", ALPHA, "--y", "inf",
                "--d", grid), t -> {
                    List<String> out = new ArrayList<>();
                    for (String[] r : t.rows()) {
                        out.add(Rows.line("theory_y_inf", 0, t.get(r, "d"), t.get(r, "S_I")));
                    }
                    for (String[] r : t.rows()) {
                        out.add(Rows.line("H2", 0, t.get(r, "d"), t.get(r, "H2")));
                    }
                    return out;
                }));
        tasks.add(Rows.command("theory franz_parisi", full ? 40 : 8, Rows.args("theory", "fp", "--alpha", ALPHA, "--d",
                grid), t -> {
                    List<String> out = new ArrayList<>();
                    for (String[] r : t.rows()) {
                        if (Rows.finite(t.get(r, "S_FP"))) {
                            out.add(Rows.line("theory_franz_parisi", 0, t.get(r, "d"), t.get(r, "S_FP")));
                        }
                    }
                    return out;
                }));
        return new Study(name(), size.label(), columns(), tasks);
    }

    /** Makes the instance (and weights) file in a scratch directory, given its path. */
    private interface Maker {
        List<String> args(String instance);
    }

    private static String weights(String instance) {
        return instance.replace("instance.txt", "weights.txt");
    }

    /**
     * A task: make an instance (and, for fBP, its solution; for the teacher, the planted weights written from the
     * instance file's teacher line), then measure the local entropy around those weights. Scratch files live in a
     * temporary directory and appear in the printed commands as plain names in the working directory.
     */
    private static Task measured(String source, int seed, double seconds, Maker maker, String gammas) {
        String inst = source + "-" + seed + "-instance.txt";
        List<String> make = maker.args(inst);
        List<String> measure = Rows.args("measure", "local-entropy", "--instance", inst, "--reference", weights(inst),
                "--gamma-grid", gammas);
        List<String> shown = new ArrayList<>(List.of(Cli.display(make)));
        if (source.equals("teacher")) {
            shown.add("(teacher line of " + inst + " written to " + weights(inst) + ")");
        }
        shown.add(Cli.display(measure));
        return new Task(source + " seed=" + seed, shown, seconds, () -> {
            Path dir = Files.createTempDirectory("re-local-entropy");
            try {
                String abs = dir.resolve(inst).toString();
                List<String> a = maker.args(abs);
                Table made = Cli.run(a);
                if (source.equals("fbp") && !made.get(made.rows().get(0), "errors").equals("0")) {
                    return List.of(); // not a solution: nothing to measure around (the CSV keeps solutions only)
                }
                if (source.equals("teacher")) {
                    writeTeacher(Path.of(abs), Path.of(weights(abs)));
                }
                List<String> m = Rows.args("measure", "local-entropy", "--instance", abs, "--reference", weights(abs),
                        "--gamma-grid", gammas);
                Table t = Cli.run(m);
                List<String> out = new ArrayList<>();
                for (String[] r : t.rows()) {
                    if (t.get(r, "converged").equals("true") && Rows.finite(t.get(r, "local_entropy"))) {
                        out.add(Rows.line(source, seed, t.get(r, "d"), t.get(r, "local_entropy")));
                    }
                }
                return out;
            } finally {
                try (Stream<Path> s = Files.walk(dir)) {
                    s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        });
    }

    private static void writeTeacher(Path instance, Path weights) {
        try {
            for (String line : Files.readAllLines(instance, StandardCharsets.US_ASCII)) {
                if (line.startsWith("teacher ")) {
                    Files.writeString(weights, "# teacher of " + instance.getFileName() + "\n" + line.substring(8).strip()
                            + "\n", StandardCharsets.US_ASCII);
                    return;
                }
            }
            throw new IllegalStateException(instance + " has no teacher line");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Panel> panels(Table rows) {
        Panel p = new Panel("local entropy around solutions, alpha = 0.4", "distance d", "local entropy per weight");
        p.legendInsideTopLeft();
        Rows.scatter(p, rows.where("source", "fbp"), "around fBP solutions (BP)", r -> rows.num(r, "d"),
                r -> rows.num(r, "local_entropy"));
        Rows.scatter(p, rows.where("source", "teacher"), "around the teacher (BP)", r -> rows.num(r, "d"),
                r -> rows.num(r, "local_entropy"));
        Rows.lines(p, rows.where("source", "theory_y_inf"), r -> "theory: dense region, y = inf", r -> rows.num(r, "d"),
                r -> rows.num(r, "local_entropy"), Panel.Style.LINE);
        Rows.lines(p, rows.where("source", "theory_franz_parisi"), r -> "theory: typical solution (Franz-Parisi)",
                r -> rows.num(r, "d"), r -> rows.num(r, "local_entropy"), Panel.Style.LINE);
        Rows.lines(p, rows.where("source", "H2"), r -> "H2(d)", r -> rows.num(r, "d"), r -> rows.num(r, "local_entropy"),
                Panel.Style.DASHED);
        return List.of(p);
    }
}
