package org.robustensemble.figures.cli;

import java.util.concurrent.Callable;

import org.robustensemble.figures.recipe.Recipe;
import org.robustensemble.figures.recipe.Recipes;
import org.robustensemble.figures.recipe.Size;
import org.robustensemble.figures.study.Study;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code re figures list}: the figure recipes with caption, task counts and estimated CPU time of both sizes (sums
 * of per-task estimates from measured per-unit costs; wall time is about CPU time / --jobs).
 */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the figures: name, caption, quick and full "
        + "cost (tasks, estimated CPU seconds). Columns: name,quick_tasks,quick_cpu_seconds,full_tasks,full_cpu_seconds,caption.")
public final class FiguresListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        CsvTable t = new CsvTable(Args.commandLine(spec), "name", "quick_tasks", "quick_cpu_seconds", "full_tasks",
                "full_cpu_seconds", "caption");
        t.meta("cost", "estimated CPU seconds from measured per-task costs; wall time ~ CPU / --jobs");
        t.meta("caption", "commas of the captions are printed as semicolons");
        for (Recipe r : Recipes.all()) {
            Study q = r.study(Size.QUICK);
            Study f = r.study(Size.FULL);
            t.row(r.name(), q.tasks().size(), Math.rint(q.estimatedSeconds()), f.tasks().size(),
                    Math.rint(f.estimatedSeconds()), r.caption().replace(',', ';'));
        }
        t.emit(spec.commandLine().getOut(), output.out());
        return 0;
    }
}
