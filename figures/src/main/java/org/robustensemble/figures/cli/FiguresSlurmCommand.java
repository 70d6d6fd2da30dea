package org.robustensemble.figures.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.robustensemble.figures.recipe.Recipe;
import org.robustensemble.figures.recipe.Recipes;
import org.robustensemble.figures.recipe.Size;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code re figures slurm NAME.. [--array N] [--size full]}: writes an sbatch script for a SLURM job array. Run with
 * {@code bash SCRIPT} it submits itself as an array of N tasks (task K runs {@code figures make --shard K/N} into
 * {@code OUT/shard-K}) and a merge job that starts when all of them succeeded ({@code --dependency=afterok}) and
 * writes the figures into OUT. Submitted directly with {@code sbatch SCRIPT} it runs only the shards.
 */
@Command(name = "slurm", mixinStandardHelpOptions = true, description = "Write an sbatch script: a job array of N shards "
        + "of 'figures make' and a dependent merge job. Submit with 'bash SCRIPT' (figures/docs/studies.md).")
public final class FiguresSlurmCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "NAME", description = "Figure names or all.")
    List<String> names;

    @Option(names = "--array", paramLabel = "N", defaultValue = "8", description = "Array tasks = shards (default ${DEFAULT-VALUE}).")
    int array;

    @Option(names = "--size", defaultValue = "full", description = "quick or full (default ${DEFAULT-VALUE}).")
    String size;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "figures-out", description = "Result directory, shared by "
            + "the nodes (default ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--cpus", paramLabel = "C", defaultValue = "1", description = "CPUs per array task (= --jobs) (default ${DEFAULT-VALUE}).")
    int cpus;

    @Option(names = "--re", paramLabel = "CMD", description = "How the nodes run the toolkit, a command of words split at "
            + "spaces (default: this checkout's ./re, absolute; the environment variable RE overrides it at submission).")
    String re;

    @Option(names = "--partition", paramLabel = "P", description = "SLURM partition (default: the cluster's default).")
    String partition;

    @Option(names = "--script", paramLabel = "FILE", description = "Write the script to FILE (executable) instead of stdout.")
    Path script;

    @Override
    public Integer call() {
        if (array < 1 || array > 10000) {
            throw new IllegalArgumentException("--array " + array + " is out of range: need 1 <= N <= 10000");
        }
        if (cpus < 1) {
            throw new IllegalArgumentException("--cpus " + cpus + " is out of range: need >= 1");
        }
        Size z = Size.parse(size);
        List<Recipe> recipes = Recipes.select(names);
        double cpuSeconds = recipes.stream().mapToDouble(r -> r.study(z).estimatedSeconds()).sum();
        // per array task: its share of the estimate, x3 for load and the JVM start, at least 10 minutes
        long limit = Math.max(600, Math.round(3 * cpuSeconds / array / cpus) + 300);
        String text = script(recipes, z, limit, cpuSeconds);
        if (script == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            try {
                Path abs = script.toAbsolutePath();
                Files.createDirectories(abs.getParent());
                Files.writeString(abs, text, StandardCharsets.UTF_8);
                try {
                    Files.setPosixFilePermissions(abs, PosixFilePermissions.fromString("rwxr-xr-x"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: run it with bash
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + script + ": " + e.getMessage(), e);
            }
        }
        return 0;
    }

    private String script(List<Recipe> recipes, Size z, long limitSeconds, double cpuSeconds) {
        String figures = String.join(" ", recipes.stream().map(Recipe::name).toList());
        String launcher = re != null ? re : Path.of("re").toAbsolutePath().toString();
        String dir = out.toAbsolutePath().normalize().toString();
        String time = String.format(Locale.ROOT, "%d:%02d:%02d", limitSeconds / 3600, (limitSeconds % 3600) / 60,
                limitSeconds % 60);
        StringBuilder shards = new StringBuilder();
        for (int k = 1; k <= array; k++) {
            shards.append(" \"$OUT/shard-").append(k).append('"');
        }
        String part = partition == null ? "" : "#SBATCH --partition=" + partition + "\n";
        String partOpt = partition == null ? "" : " --partition=" + partition;
        return "#!/bin/bash\n"
                + "# " + Args.commandLine(spec) + "\n"
                + "# Figures " + figures + " (size " + z.label() + "), " + array + " shards; estimated "
                + Math.round(cpuSeconds) + " CPU-seconds in total.\n"
                + "# Submit everything with:  bash " + (script == null ? "THIS_FILE" : script) + "\n"
                + "#   (an array job of the shards, then a merge job that waits for all of them: afterok).\n"
                + "# 'sbatch THIS_FILE' runs only the shards; merge later with the command at the end of this file.\n"
                + "#SBATCH --job-name=re-figures\n"
                + "#SBATCH --array=1-" + array + "\n"
                + "#SBATCH --cpus-per-task=" + cpus + "\n"
                + "#SBATCH --ntasks=1\n"
                + "#SBATCH --time=" + time + "\n"
                + part
                + "#SBATCH --output=" + dir + "/logs/shard-%a.log\n"
                + "set -euo pipefail\n"
                + "RE=\"${RE:-" + launcher + "}\"\n"
                + "OUT=\"" + dir + "\"\n"
                + "N=" + array + "\n"
                + "if [ -z \"${SLURM_JOB_ID:-}\" ]; then\n"
                + "  mkdir -p \"$OUT/logs\"\n"
                + "  jid=$(sbatch --parsable \"$0\")\n"
                + "  jid=${jid%%;*}\n"
                + "  mid=$(sbatch --parsable --job-name=re-figures-merge --ntasks=1"
                + " --cpus-per-task=1" + partOpt + " --time=" + time
                + " --dependency=afterok:\"$jid\" --output=\"$OUT/logs/merge.log\" \\\n"
                + "    --wrap=\"$RE figures merge --out \\\"$OUT\\\"" + shards.toString().replace("\"", "\\\"") + "\")\n"
                + "  echo \"submitted array job $jid (" + array + " shards) and merge job ${mid%%;*} into $OUT\"\n"
                + "  exit 0\n"
                + "fi\n"
                + "K=\"$SLURM_ARRAY_TASK_ID\"\n"
                + "exec $RE figures make " + figures + " --size " + z.label() + " --out \"$OUT/shard-$K\" --shard \"$K/$N\""
                + " --jobs \"${SLURM_CPUS_PER_TASK:-" + cpus + "}\"\n"
                + "# merge: $RE figures merge --out \"$OUT\"" + shards + "\n";
    }
}
