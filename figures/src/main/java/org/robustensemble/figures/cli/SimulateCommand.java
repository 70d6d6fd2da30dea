package org.robustensemble.figures.cli;

import picocli.CommandLine.Command;

/** The {@code re simulate} group. Its subcommands are registered by {@link Main#commandLine}. */
@Command(name = "simulate", mixinStandardHelpOptions = true, description = "Run algorithms on instances (sa, rsa, fbp, famp, edmc, sgd).")
public final class SimulateCommand extends GroupCommand {
}
