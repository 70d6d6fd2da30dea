package org.robustensemble.figures.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.robustensemble.analytic.perceptron.FranzParisi;
import org.robustensemble.analytic.perceptron.FranzParisiSolution;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code re theory fp}: the Franz-Parisi local entropy around typical solutions. */
@Command(name = "fp", mixinStandardHelpOptions = true,
        description = {"Franz-Parisi local entropy S_FP(d) around a typical (equilibrium) solution of the binary",
                "perceptron (RS; --kappa and --beta apply to the reference and to the counted solutions): the",
                "log-number of solutions at distance d from it. Its maximum is",
                "s_G at d* = (1 - q_G)/2; it turns negative at small d (typical solutions are isolated).",
                "Columns: alpha,d,S_FP,t,q1,that,qhat1,phat   (a d without RS solution: empty fields and a",
                "'# no_solution=' line)"})
final class TheoryFpCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    TheoryOptions.Load load;

    @Mixin
    TheoryOptions.Distances distances;

    @Mixin
    TheoryOptions.Margin margin;

    @Mixin
    TheoryOptions.Temperature temperature;

    @Mixin
    QuadratureOptions quadrature;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        double a = load.value();
        if (a == 0) {
            throw new IllegalArgumentException("--alpha 0 is out of range: the Franz-Parisi potential needs alpha > 0");
        }
        double[] ds = distances.values();
        List<FranzParisiSolution> sol = new FranzParisi(quadrature.quadrature(), margin.value(), temperature.value()).curve(a, ds);
        CsvTable t = new CsvTable(Args.commandLine(spec), "alpha", "d", "S_FP", "t", "q1", "that", "qhat1", "phat");
        quadrature.describe(t);
        margin.describe(t);
        temperature.describe(t);
        StringBuilder none = new StringBuilder();
        for (int i = 0; i < ds.length; i++) {
            FranzParisiSolution s = sol.get(i);
            if (s == null) {
                none.append(none.length() == 0 ? "" : " ").append(CsvTable.num(ds[i]));
                t.row(a, ds[i], null, null, null, null, null, null);
            } else {
                t.row(a, ds[i], s.entropy(), s.t(), s.q1(), s.tHat(), s.qHat1(), s.pHat());
            }
        }
        if (none.length() > 0) {
            t.meta("no_solution", "no RS Franz-Parisi solution found at d = " + none);
        }
        t.emit(spec.commandLine().getOut(), output.out());
        return 0;
    }
}
