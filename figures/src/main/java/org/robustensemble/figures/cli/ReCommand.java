package org.robustensemble.figures.cli;

import picocli.CommandLine.Command;

/** The top-level {@code re} command: groups of subcommands (registered by {@link Main#commandLine}). */
@Command(name = "re", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Robust ensemble toolkit: replica theory, replicated algorithms, validation, figures.")
public final class ReCommand extends GroupCommand {
}
