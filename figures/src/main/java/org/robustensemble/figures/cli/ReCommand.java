package org.robustensemble.figures.cli;

import picocli.CommandLine.Command;

/** The top-level {@code re} command: groups of subcommands. */
@Command(name = "re", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Robust ensemble toolkit: replica theory, replicated algorithms, validation, figures.",
        subcommands = {TheoryCommand.class, SimulateCommand.class, MeasureCommand.class, ValidateCommand.class,
                FiguresCommand.class, BenchCommand.class})
public final class ReCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
