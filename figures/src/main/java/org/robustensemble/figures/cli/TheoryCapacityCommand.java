package org.robustensemble.figures.cli;

import java.util.concurrent.Callable;
import org.robustensemble.analytic.gardner.Gardner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code re theory capacity}: the root alpha_c of the Gardner entropy. */
@Command(name = "capacity", mixinStandardHelpOptions = true,
        description = {"Capacity alpha_c of the perceptron: the load where the Gardner entropy vanishes (binary",
                "weights: Krauth-Mezard, 0.8331 at kappa = 0; it decreases with the margin kappa and grows with the",
                "number of weight levels, e.g. 1.1745 for --weights -1,0,1). Margins kappa in [-2, 2]: above 2 the",
                "saddle point near alpha_c (q > 0.8, qhat > 20) is no longer resolved by the Gauss-Hermite rule.",
                "Columns: alpha_c"})
final class TheoryCapacityCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--tolerance", defaultValue = "1e-12", description = "Absolute accuracy of the root (default ${DEFAULT-VALUE}).")
    double tolerance;

    @Mixin
    TheoryOptions.Margin margin;

    @Mixin
    TheoryOptions.Weights weights;

    @Mixin
    QuadratureOptions quadrature;

    @Mixin
    OutputOptions output;

    /**
     * The largest margin of the capacity search: beyond it the saddle point near alpha_c (q &gt; 0.8, qhat &gt; 20) is
     * not resolved by the default Gauss-Hermite rule (measured: the continuation stalls at q ~ 0.83 for kappa &gt;= 2.2;
     * at kappa = 2 the default and doubled resolutions give 0.116492 and 0.116489).
     */
    static final double MAX_KAPPA = 2;

    @Override
    public Integer call() {
        if (!(tolerance > 0 && tolerance < 0.01)) {
            throw new IllegalArgumentException("--tolerance " + tolerance + " is out of range: must be in (0, 0.01)");
        }
        if (margin.value() > MAX_KAPPA) {
            throw new IllegalArgumentException("--kappa " + margin.kappa + " is out of range for the capacity: kappa must"
                    + " be in [-2, " + MAX_KAPPA + "] (above, the Gardner saddle point near alpha_c has qhat > 20, which"
                    + " the Gauss-Hermite rule does not resolve: the continuation in alpha stalls)");
        }
        Gardner.Capacity c = new Gardner(quadrature.quadrature(), margin.value(), Double.POSITIVE_INFINITY,
                weights.value()).capacity(tolerance);
        CsvTable t = new CsvTable(Args.commandLine(spec), "alpha_c");
        quadrature.describe(t);
        margin.describe(t);
        weights.describe(t);
        t.meta("q_at_capacity", CsvTable.num(c.at().q())).meta("solver", c.report());
        t.row(c.alphaC());
        t.emit(spec.commandLine().getOut(), output.out());
        return 0;
    }
}
