package org.robustensemble.figures.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The common part of the Monte Carlo commands on perceptron and committee-machine instances ({@code re simulate
 * sa|rsa|edmc}; science.md 4.1, 4.2): the command spec, where the CSV goes ({@link OutputOptions}) and the
 * instance and run options ({@link InstanceOptions}).
 */
abstract class InstanceCommandBase implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    OutputOptions output;

    @Mixin
    InstanceOptions instance;
}
