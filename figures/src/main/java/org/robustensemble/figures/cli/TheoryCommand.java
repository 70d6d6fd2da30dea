package org.robustensemble.figures.cli;

import picocli.CommandLine.Command;

/** The {@code re theory} group: replica-theory curves of the binary perceptron. Its subcommands are registered by {@link Main#commandLine}. */
@Command(name = "theory", mixinStandardHelpOptions = true,
        description = "Replica theory of the binary perceptron (Gardner entropy, capacity, robust ensemble, curves).")
public final class TheoryCommand extends GroupCommand {
}
