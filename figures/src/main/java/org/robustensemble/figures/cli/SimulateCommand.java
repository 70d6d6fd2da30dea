package org.robustensemble.figures.cli;

import picocli.CommandLine.Command;

/** The {@code re simulate} group. Its subcommands are registered by {@link Main#commandLine}. */
@Command(name = "simulate", mixinStandardHelpOptions = true, description = "Run algorithms on instances (sa, rsa, fbp, sgd, edmc).")
public final class SimulateCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
