package org.robustensemble.figures.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that only groups subcommands ({@code re}, {@code re theory}, ...): run without a subcommand it prints
 * its usage on stderr and exits 2 (a command is missing), like any other incomplete command line.
 */
@Command
abstract class GroupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("re: error: " + (spec.parent() == null ? "no command given"
                : "'" + spec.qualifiedName() + "' needs a subcommand"));
        spec.commandLine().usage(spec.commandLine().getErr());
        spec.commandLine().getErr().flush();
        return Main.EXIT_USAGE;
    }
}
