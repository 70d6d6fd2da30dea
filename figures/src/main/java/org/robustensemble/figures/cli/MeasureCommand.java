package org.robustensemble.figures.cli;

import picocli.CommandLine.Command;

/** The {@code re measure} group. Its subcommands are registered by {@link Main#commandLine}. */
@Command(name = "measure", mixinStandardHelpOptions = true, description = "Measure properties of configurations (local entropy).")
public final class MeasureCommand extends GroupCommand {
}
