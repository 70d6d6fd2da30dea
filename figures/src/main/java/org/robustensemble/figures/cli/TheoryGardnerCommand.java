package org.robustensemble.figures.cli;

import java.util.Arrays;
import java.util.concurrent.Callable;

import org.robustensemble.analytic.perceptron.Gardner;
import org.robustensemble.analytic.perceptron.GardnerSolution;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code re theory gardner}: the Gardner entropy s_G(alpha) and its order parameters. */
@Command(name = "gardner", mixinStandardHelpOptions = true,
        description = {"Gardner entropy s_G(alpha) of the binary perceptron (RS, zero margin, random labels):",
                "the log-number of solutions per weight, with the overlap q of two solutions and its conjugate.",
                "Columns: alpha,q,qhat,entropy"})
final class TheoryGardnerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--alpha", required = true, paramLabel = "A[,A2,...]",
            description = "Loads alpha = M/N (list, or start:step:end).")
    String alpha;

    @Option(names = "--kappa", defaultValue = "0", paramLabel = "K",
            description = "Margin kappa in [0, 10]: stabilities Delta/sqrt(N) > kappa (default ${DEFAULT-VALUE}).")
    double kappa;

    @Option(names = "--beta", defaultValue = "inf", paramLabel = "B",
            description = "Inverse temperature beta > 0, or inf (default): the entropy column is then the free entropy.")
    String beta;

    @Mixin
    QuadratureOptions quadrature;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        double[] as = Args.numbers(alpha, "--alpha");
        for (double a : as) {
            Args.requireAlpha(a);
        }
        Args.requireKappa(kappa);
        double b = Args.number(beta, "--beta");
        if (!(b > 0)) {
            throw new IllegalArgumentException("--beta " + beta + " is out of range: beta must be > 0 (or inf)");
        }
        Gardner g = new Gardner(quadrature.quadrature(), kappa, b);
        CsvTable t = new CsvTable(Args.commandLine(spec), "alpha", "q", "qhat", "entropy");
        quadrature.describe(t);
        t.meta("kappa", CsvTable.num(kappa)).meta("beta", CsvTable.num(b));
        Integer[] order = new Integer[as.length];
        for (int i = 0; i < as.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (i, j) -> Double.compare(as[i], as[j]));
        GardnerSolution[] sol = new GardnerSolution[as.length];
        GardnerSolution prev = null;
        for (int i : order) {
            sol[i] = (prev == null || prev.alpha() == 0) ? g.solve(as[i]) : g.solve(as[i], prev.q(), prev.qHat());
            prev = sol[i];
        }
        for (GardnerSolution s : sol) {
            t.row(s.alpha(), s.q(), s.qHat(), s.entropy());
        }
        t.emit(spec.commandLine().getOut(), output.out());
        return 0;
    }
}
