package org.robustensemble.figures.cli;

import picocli.CommandLine.Command;

/**
 * The {@code re figures} group: {@code list}, {@code make}, {@code merge}, {@code slurm} (figure recipes on the
 * resumable, shardable study engine). Its subcommands are registered by {@link Main#commandLine}.
 */
@Command(name = "figures", mixinStandardHelpOptions = true, description = "Regenerate the data and plots of the figures.")
public final class FiguresCommand extends GroupCommand {
}
