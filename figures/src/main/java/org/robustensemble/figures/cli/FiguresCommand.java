package org.robustensemble.figures.cli;

import picocli.CommandLine.Command;

/** The {@code re figures} group. Its subcommands are registered by {@link Main#commandLine}. */
@Command(name = "figures", mixinStandardHelpOptions = true, description = "Regenerate the data and plots of the figures.")
public final class FiguresCommand extends GroupCommand {
}
