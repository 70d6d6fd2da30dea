package org.robustensemble.figures.cli;

import java.util.concurrent.Callable;

import org.robustensemble.analytic.perceptron.Gardner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code re theory capacity}: the root alpha_c of the Gardner entropy. */
@Command(name = "capacity", mixinStandardHelpOptions = true,
        description = {"Capacity alpha_c of the binary perceptron: the load where the Gardner entropy vanishes",
                "(Krauth-Mezard, 0.8331 at kappa = 0; it decreases with the margin kappa). Columns: alpha_c"})
final class TheoryCapacityCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--tolerance", defaultValue = "1e-12", description = "Absolute accuracy of the root (default ${DEFAULT-VALUE}).")
    double tolerance;

    @Option(names = "--kappa", defaultValue = "0", paramLabel = "K",
            description = "Margin kappa in [0, 10]: stabilities Delta/sqrt(N) > kappa (default ${DEFAULT-VALUE}).")
    double kappa;

    @Mixin
    QuadratureOptions quadrature;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        if (!(tolerance > 0 && tolerance < 0.01)) {
            throw new IllegalArgumentException("--tolerance " + tolerance + " is out of range: must be in (0, 0.01)");
        }
        Args.requireKappa(kappa);
        Gardner.Capacity c = new Gardner(quadrature.quadrature(), kappa).capacity(tolerance);
        CsvTable t = new CsvTable(Args.commandLine(spec), "alpha_c");
        quadrature.describe(t);
        t.meta("kappa", CsvTable.num(kappa));
        t.meta("q_at_capacity", CsvTable.num(c.at().q())).meta("solver", c.report());
        t.row(c.alphaC());
        t.emit(spec.commandLine().getOut(), output.out());
        return 0;
    }
}
