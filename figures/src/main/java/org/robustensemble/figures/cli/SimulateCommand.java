package org.robustensemble.figures.cli;

import picocli.CommandLine.Command;

/** The {@code re simulate} group. */
@Command(name = "simulate", mixinStandardHelpOptions = true, description = "Run algorithms on instances (sa, rsa, fbp, sgd).",
        subcommands = {SimulateSaCommand.class, SimulateRsaCommand.class, SimulateFbpCommand.class,
                SimulateSgdCommand.class})
public final class SimulateCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
