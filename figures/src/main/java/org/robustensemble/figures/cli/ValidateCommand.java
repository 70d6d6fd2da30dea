package org.robustensemble.figures.cli;

import picocli.CommandLine.Command;

/** The {@code re validate} group. Its subcommands are registered by {@link Main#commandLine}. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "Theory vs simulation cross-checks.")
public final class ValidateCommand extends GroupCommand {
}
