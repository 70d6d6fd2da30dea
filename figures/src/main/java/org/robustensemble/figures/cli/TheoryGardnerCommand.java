package org.robustensemble.figures.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.robustensemble.analytic.ensemble.EnergyDensity;
import org.robustensemble.analytic.gardner.Gardner;
import org.robustensemble.analytic.gardner.GardnerSolution;
import org.robustensemble.analytic.model.WeightSet;
import org.robustensemble.analytic.saddle.NonConvergenceException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code re theory gardner}: the Gardner entropy s_G(alpha) and its order parameters. */
@Command(name = "gardner", mixinStandardHelpOptions = true,
        description = {"Gardner entropy s_G(alpha) of the perceptron (RS, random labels; binary weights unless",
                "--weights): the log-number of solutions per weight, with the overlap q of two solutions and its",
                "conjugate; with a margin --kappa, and at finite --beta the free entropy.",
                "Columns: alpha,q,qhat,entropy (non-binary weights add Q,rhat: the self-overlap W.W/N and its",
                "conjugate); at finite --beta a last column energy: the mean fraction of violated patterns,",
                "-(1/alpha) d(entropy)/d beta"})
final class TheoryGardnerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--alpha", required = true, paramLabel = "A[,A2,...]",
            description = "Loads alpha = M/N (list, or start:step:end).")
    String alpha;

    @Mixin
    TheoryOptions.Margin margin;

    @Mixin
    TheoryOptions.Temperature temperature;

    @Mixin
    TheoryOptions.Weights weights;

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
        double kappa = margin.value();
        double b = temperature.value();
        WeightSet w = weights.value();
        Gardner g = new Gardner(quadrature.quadrature(), kappa, b, w);
        boolean binary = w.equals(WeightSet.BINARY);
        boolean hot = Double.isFinite(b);
        List<String> cols = new ArrayList<>(List.of("alpha", "q", "qhat", "entropy"));
        if (!binary) {
            cols.addAll(List.of("Q", "rhat"));
        }
        if (hot) {
            cols.add("energy");
        }
        CsvTable t = new CsvTable(Args.commandLine(spec), cols.toArray(String[]::new));
        quadrature.describe(t);
        margin.describe(t);
        temperature.describe(t);
        weights.describe(t);
        Integer[] order = new Integer[as.length];
        for (int i = 0; i < as.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (i, j) -> Double.compare(as[i], as[j]));
        GardnerSolution[] sol = new GardnerSolution[as.length];
        GardnerSolution prev = null;
        StringBuilder failed = new StringBuilder();
        for (int i : order) {
            try {
                sol[i] = prev == null ? g.solve(as[i]) : g.solve(as[i], prev);
                prev = sol[i];
            } catch (NonConvergenceException e) {
                // this load failed (the next one starts from the last good solution): its row is left empty
                failed.append(failed.length() == 0 ? "" : "; ").append("alpha=").append(CsvTable.num(as[i]))
                        .append(": ").append(e.getMessage());
            }
        }
        int columns = (binary ? 4 : 6) + (hot ? 1 : 0);
        for (int i = 0; i < as.length; i++) {
            GardnerSolution s = sol[i];
            List<Object> row = new ArrayList<>();
            if (s == null) {
                // a load that did not converge: its row keeps alpha and leaves every other field empty
                row.add(as[i]);
                while (row.size() < columns) {
                    row.add(Double.NaN);
                }
                t.row(row.toArray());
                continue;
            }
            row.addAll(List.of(s.alpha(), s.q(), s.qHat(), s.entropy()));
            if (!binary) {
                row.addAll(List.of(s.selfOverlap(), s.selfConjugate()));
            }
            if (hot) {
                row.add(EnergyDensity.gardner(s.normalisedOverlap(), kappa, b));
            }
            t.row(row.toArray());
        }
        if (failed.length() > 0) {
            t.meta("not_converged", failed + " (rows left empty)");
        }
        t.emit(spec.commandLine().getOut(), output.out());
        if (failed.length() > 0) {
            spec.commandLine().getErr().println("re: not converged at some loads (rows left empty): " + failed);
            return Main.EXIT_NOT_CONVERGED;
        }
        return 0;
    }
}
