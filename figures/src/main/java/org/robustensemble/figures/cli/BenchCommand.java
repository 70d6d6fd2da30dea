package org.robustensemble.figures.cli;

import picocli.CommandLine.Command;

/** The {@code re bench} group. Its subcommands are registered by {@link Main#commandLine}. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks (JMH kernels, end-to-end timings).")
public final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
