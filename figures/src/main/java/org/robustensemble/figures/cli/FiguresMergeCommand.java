package org.robustensemble.figures.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.robustensemble.figures.recipe.FigureFiles;
import org.robustensemble.figures.recipe.Recipe;
import org.robustensemble.figures.recipe.Recipes;
import org.robustensemble.figures.recipe.Size;
import org.robustensemble.figures.study.Study;
import org.robustensemble.figures.study.StudyMerge;
import org.robustensemble.figures.study.TaskStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code re figures merge --out OUT DIR..}: joins the output directories of the shards of {@code figures make}
 * (each holding {@code NAME.tasks/} stores), checks per figure that every task is present exactly once and that all
 * stores were made with the same parameters (size, recipe), then writes the figures into OUT as {@code make} would.
 */
@Command(name = "merge", mixinStandardHelpOptions = true, description = "Join shard outputs of 'figures make --shard' "
        + "into OUT: every task exactly once, same parameters; then write the figures. Summary columns: figure,size,tasks,shards.")
public final class FiguresMergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Shard output directories.")
    List<Path> dirs;

    @Option(names = "--out", paramLabel = "OUT", required = true, description = "Directory of the merged figures.")
    Path out;

    @Override
    public Integer call() {
        for (Path d : dirs) {
            if (!Files.isDirectory(d)) {
                throw new IllegalArgumentException("merge: " + d + " is not a directory");
            }
        }
        CsvTable summary = new CsvTable(Args.commandLine(spec), "figure", "size", "tasks", "shards");
        int found = 0;
        for (Recipe r : Recipes.all()) {
            List<TaskStore> stores = new ArrayList<>();
            for (Path d : dirs) {
                TaskStore s = FigureFiles.store(d, r);
                if (s.exists()) {
                    stores.add(s);
                }
            }
            if (stores.isEmpty()) {
                continue;
            }
            found++;
            Map<String, String> m = stores.get(0).manifest();
            Size z = Size.parse(m.getOrDefault("variant", "?"));
            Study study = r.study(z);
            TaskStore target = FigureFiles.store(out, r);
            StudyMerge.merge(study, stores, target);
            FigureFiles.finish(r, z, study, target, out);
            summary.row(r.name(), z.label(), study.tasks().size(), stores.size());
        }
        if (found == 0) {
            throw new IllegalArgumentException("merge: no figure study (NAME.tasks/" + TaskStore.MANIFEST + ") in " + dirs);
        }
        summary.emit(spec.commandLine().getOut(), null);
        return 0;
    }
}
