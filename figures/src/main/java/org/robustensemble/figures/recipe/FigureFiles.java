package org.robustensemble.figures.recipe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.robustensemble.figures.cli.CsvTable;
import org.robustensemble.figures.plot.Plots;
import org.robustensemble.figures.study.DurableFiles;
import org.robustensemble.figures.study.Study;
import org.robustensemble.figures.study.StudyRunner;
import org.robustensemble.figures.study.Task;
import org.robustensemble.figures.study.TaskStore;

/**
 * The files of a figure in an output directory: the task store {@code NAME.tasks/}, and once the study is complete
 * {@code NAME.csv} (provenance: the reproducing {@code re figures make} command, size, caption, and every task's
 * {@code re} command; then the rows in task order), {@code NAME.png}, {@code NAME.svg}, and the gallery
 * {@code index.md} of every figure present in the directory.
 */
public final class FigureFiles {
    private FigureFiles() {
    }

    /** @return the task store of {@code recipe} under {@code out} */
    public static TaskStore store(Path out, Recipe recipe) {
        return new TaskStore(out.resolve(recipe.name() + ".tasks"));
    }

    /** @return the command that reproduces a figure's data */
    public static String command(Recipe recipe, Size size) {
        return "re figures make " + recipe.name() + " --size " + size.label();
    }

    /**
     * Writes NAME.csv, NAME.png, NAME.svg of a complete study and refreshes index.md.
     *
     * @throws IllegalStateException if a row has a missing or non-finite field (no silent NaN)
     */
    public static void finish(Recipe recipe, Size size, Study study, TaskStore store, Path out) {
        List<String> rows = StudyRunner.rows(study, store);
        CsvTable csv = new CsvTable(command(recipe, size), recipe.columns().toArray(new String[0]));
        csv.meta("figure", recipe.name()).meta("size", size.label()).meta("caption", recipe.caption())
                .meta("tasks", study.tasks().size()).meta("fingerprint", study.fingerprint());
        for (int i = 0; i < study.tasks().size(); i++) {
            Task t = study.tasks().get(i);
            csv.meta("task." + i, t.key() + ": " + String.join(" ; ", t.command()));
        }
        for (String r : rows) {
            String[] f = r.split(",", -1);
            for (String x : f) {
                if (x.isEmpty() || x.equalsIgnoreCase("nan")) {
                    throw new IllegalStateException(recipe.name() + ": row '" + r + "' has a missing or NaN field");
                }
            }
            csv.row((Object[]) f);
        }
        csv.emit(null, out.resolve(recipe.name() + ".csv"));
        Plots.write(recipe.panels(Table.of(recipe.columns(), rows)), out.resolve(recipe.name() + ".png"),
                out.resolve(recipe.name() + ".svg"));
        writeIndex(out);
    }

    /** Writes {@code out/index.md}: every figure whose CSV is in {@code out}, with its caption and command. */
    public static void writeIndex(Path out) {
        StringBuilder sb = new StringBuilder("# Figures\n\nEach figure's data is in NAME.csv (provenance lines name the "
                + "`re` command of every task); the command under a figure regenerates it.\n");
        for (Recipe r : Recipes.all()) {
            Path csv = out.resolve(r.name() + ".csv");
            if (!Files.isRegularFile(csv)) {
                continue;
            }
            Table t;
            try {
                t = Table.parse(Files.readString(csv, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + csv + ": " + e.getMessage(), e);
            }
            sb.append("\n## ").append(r.name()).append("\n\n![").append(r.name()).append("](").append(r.name())
                    .append(".png)\n\n").append(r.caption()).append("\n\n`./").append(t.meta("command")).append("` (")
                    .append(t.meta("tasks")).append(" tasks; [SVG](").append(r.name()).append(".svg), [data](")
                    .append(r.name()).append(".csv))\n");
        }
        DurableFiles.write(out.resolve("index.md"), sb.toString().getBytes(StandardCharsets.UTF_8));
    }
}
