package org.robustensemble.figures.cli;

import picocli.CommandLine.Command;

/** The {@code re bench} group. Its subcommands are registered by {@link Main#commandLine}. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks (JMH kernels, end-to-end timings).")
public final class BenchCommand extends GroupCommand {
}
