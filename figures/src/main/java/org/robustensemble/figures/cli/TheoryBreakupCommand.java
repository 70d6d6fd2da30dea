package org.robustensemble.figures.cli;

import java.util.concurrent.Callable;

import org.robustensemble.analytic.perceptron.BreakupPoint;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code re theory breakup}: the break-up load alpha_U of the dense regions. */
@Command(name = "breakup", mixinStandardHelpOptions = true,
        description = {"Break-up point alpha_U: the smallest load at which the local-entropy curve S_I(d) of dense",
                "reference solutions (references constrained to be solutions, y = inf, RS) stops being monotone in d,",
                "i.e. where min_d gamma(d) = 0 (dS_I/dd = 2 gamma). Root in alpha (Brent) of the minimum of gamma(d),",
                "found as the root of d gamma/dd (Brent). Slow: minutes. Columns:",
                "  alpha_U,d_U,gamma_at_U,iterations,solves   (d_U, gamma_at_U: the dip minimum at the largest load",
                "  below alpha_U; a # samples line lists every g(alpha) evaluated)",
                "Caveat (analytic/docs/dense-reference.md sections 8-9): at kappa = 0 this gives 0.7553, below the",
                "published 0.77-0.78 (finite y = 32..128 approaches the same dip as 1/y). The dip lies where the",
                "y = inf references have Sigma_ext < 0; on the curve of the references that exist (theory curve",
                "--y sigma0) the branch from small d closes off as an isolated cluster from alpha = 0.76683."})
final class TheoryBreakupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--alpha-lo", defaultValue = "0.75", description = "Lower end of the bracket in alpha (default ${DEFAULT-VALUE}).")
    double alphaLo;

    @Option(names = "--alpha-hi", defaultValue = "0.79", description = "Upper end of the bracket in alpha (default ${DEFAULT-VALUE}).")
    double alphaHi;

    @Option(names = "--d-guess", defaultValue = "0.03", description = "A distance inside the dip of gamma(d) (default ${DEFAULT-VALUE}).")
    double dGuess;

    @Option(names = "--tolerance", defaultValue = "1e-5", description = "Absolute accuracy in alpha (default ${DEFAULT-VALUE}).")
    double tolerance;

    @Mixin
    TheoryOptions.Margin margin;

    @Mixin
    QuadratureOptions quadrature;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        if (!(tolerance > 0 && tolerance <= 1e-2)) {
            throw new IllegalArgumentException("--tolerance " + tolerance + " is out of range: must be in (0, 0.01]");
        }
        if (!(alphaLo > 0 && alphaHi > alphaLo && alphaHi < 0.83)) {
            throw new IllegalArgumentException("--alpha-lo " + alphaLo + " / --alpha-hi " + alphaHi
                    + " are out of range: need 0 < lo < hi < 0.83");
        }
        if (!(dGuess > 0.005 && dGuess < 0.2)) {
            throw new IllegalArgumentException("--d-guess " + dGuess + " is out of range: must be in (0.005, 0.2)");
        }
        java.io.PrintWriter err = spec.commandLine().getErr();
        BreakupPoint.Result r = new BreakupPoint(quadrature.quadrature(), margin.value()).onSample(s -> {
            err.println("re: alpha=" + CsvTable.num(s.alpha()) + " min gamma(d)=" + CsvTable.num(s.gammaMin()) + " at d="
                    + CsvTable.num(s.dMin()));
            err.flush();
        }).compute(alphaLo, alphaHi, dGuess, tolerance);
        CsvTable t = new CsvTable(Args.commandLine(spec), "alpha_U", "d_U", "gamma_at_U", "iterations", "solves");
        quadrature.describe(t);
        margin.describe(t);
        StringBuilder samples = new StringBuilder();
        for (BreakupPoint.Sample s : r.samples()) {
            samples.append(samples.length() == 0 ? "" : "; ").append("alpha=").append(CsvTable.num(s.alpha()))
                    .append(" d_min=").append(CsvTable.num(s.dMin())).append(" gamma_min=").append(CsvTable.num(s.gammaMin()));
        }
        t.meta("samples", samples.toString()).meta("solver", r.report());
        t.row(r.alphaU(), r.dU(), r.gammaAtU(), r.iterations(), r.solves());
        t.emit(spec.commandLine().getOut(), output.out());
        return 0;
    }
}
