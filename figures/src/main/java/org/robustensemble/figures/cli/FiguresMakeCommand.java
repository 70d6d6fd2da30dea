package org.robustensemble.figures.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.robustensemble.figures.progress.Progress;
import org.robustensemble.figures.recipe.Cli;
import org.robustensemble.figures.recipe.FigureFiles;
import org.robustensemble.figures.recipe.Recipe;
import org.robustensemble.figures.recipe.Recipes;
import org.robustensemble.figures.recipe.Size;
import org.robustensemble.figures.study.Shard;
import org.robustensemble.figures.study.Study;
import org.robustensemble.figures.study.StudyRunner;
import org.robustensemble.figures.study.TaskStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code re figures make NAME..|all}: runs each figure's study (resuming what an earlier, interrupted run stored
 * in {@code DIR/NAME.tasks/}) and, when it is complete, writes {@code DIR/NAME.csv}, {@code .png}, {@code .svg} and
 * {@code DIR/index.md}. With {@code --shard K/N} only that shard's tasks run (merge the shard directories with
 * {@code re figures merge}). Stdout: one summary row per figure.
 */
@Command(name = "make", mixinStandardHelpOptions = true, description = "Compute and plot figures: DIR/NAME.csv (data and "
        + "provenance), NAME.png, NAME.svg, DIR/index.md. Resumes an interrupted run; --shard K/N runs a subset. "
        + "Summary columns: figure,size,tasks,shard,shard_tasks,stored_before,ran,complete.")
public final class FiguresMakeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "NAME", description = "Figure names (see 'figures list') or all.")
    List<String> names;

    @Option(names = "--size", defaultValue = "quick", description = "quick or full (default ${DEFAULT-VALUE}).")
    String size;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "figures-out", description = "Output directory "
            + "(default ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--jobs", paramLabel = "J", description = "Tasks run in parallel (default: all cores). Rows do not "
            + "depend on it.")
    Integer jobs;

    @Option(names = "--shard", paramLabel = "K/N", defaultValue = "1/1", description = "Run only shard K of N "
            + "(task i is in shard i mod N + 1) (default ${DEFAULT-VALUE}).")
    String shard;

    @Override
    public Integer call() {
        Size z = Size.parse(size);
        Shard sh = Shard.parse(shard);
        List<Recipe> recipes = Recipes.select(names);
        int j = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (j < 1) {
            throw new IllegalArgumentException("--jobs " + j + " is out of range: need >= 1");
        }
        PrintWriter err = spec.commandLine().getErr();
        CsvTable summary = new CsvTable(Args.commandLine(spec), "figure", "size", "tasks", "shard", "shard_tasks",
                "stored_before", "ran", "complete");
        summary.meta("out", out).meta("jobs", j);
        for (Recipe r : recipes) {
            Study study = r.study(z);
            TaskStore store = FigureFiles.store(out, r);
            StudyRunner.Outcome o;
            try {
                o = StudyRunner.run(study, store, sh, j,
                        (total, initial) -> Progress.onStderr(r.name(), "tasks", total, initial, err));
            } catch (Cli.Failure e) {
                err.println("re: figure " + r.name() + ": " + e.getMessage()
                        + " (finished tasks are kept; rerun to resume)");
                err.flush();
                return e.code() == Main.EXIT_NOT_CONVERGED ? Main.EXIT_NOT_CONVERGED : 1;
            }
            if (o.complete()) {
                FigureFiles.finish(r, z, study, store, out);
            }
            summary.row(r.name(), z.label(), o.total(), sh.toString(), o.inShard(), o.alreadyDone(), o.ran(), o.complete());
        }
        summary.emit(spec.commandLine().getOut(), null);
        return 0;
    }
}
