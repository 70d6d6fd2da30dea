package org.robustensemble.figures.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.robustensemble.analytic.model.WeightSet;
import org.robustensemble.analytic.typical.FranzParisi;
import org.robustensemble.analytic.typical.FranzParisiSolution;
import org.robustensemble.analytic.typical.MultiStateFranzParisi;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code re theory fp}: the Franz-Parisi local entropy around typical solutions. */
@Command(name = "fp", mixinStandardHelpOptions = true,
        description = {"Franz-Parisi local entropy S_FP(d) around a typical (equilibrium) solution of the binary",
                "perceptron (RS; --kappa and --beta apply to the reference and to the counted solutions): the",
                "log-number of solutions at distance d from it. Its maximum is",
                "s_G at d* = (1 - q_G)/2; it turns negative at small d (typical solutions are isolated).",
                "Columns: alpha,d,S_FP,t,q1,that,qhat1,phat   (a d without RS solution: empty fields and a",
                "'# no_solution=' line)",
                "With --weights W1,W2,.. (multi-state): alpha,d,S_FP,t,q1,that,qhat1,phat,Q,rhat,Qref, where d is the",
                "cosine distance (1 - S/sqrt(Q Qref))/2, Q and rhat the counted solutions' self-overlap and its",
                "conjugate, Qref the reference's (Gardner) self-overlap.",
                "With --kappa-ref KR (binary): the reference is a typical solution of margin KR, the counted solutions",
                "have margin --kappa: with KR > kappa, the local entropy around wide-margin solutions (arXiv:2304.13871;",
                "analytic/docs/typical-vs-dense.md). Same columns."})
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

    @Option(names = "--kappa-ref", paramLabel = "KR",
            description = "Margin of the reference, in [-2, 10] (default: --kappa); binary weights only.")
    String kappaRef;

    @Mixin
    TheoryOptions.Weights weights;

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
        Double kr = null;
        if (kappaRef != null) {
            kr = Args.number(kappaRef, "--kappa-ref");
            Args.requireKappa(kr, "--kappa-ref");
            if (!weights.value().equals(WeightSet.BINARY)) {
                throw new IllegalArgumentException("--kappa-ref is implemented for binary weights only (drop --weights)");
            }
        }
        if (!weights.value().equals(WeightSet.BINARY)) {
            return multiState(a, ds);
        }
        List<FranzParisiSolution> sol;
        if (kr == null || kr == margin.value()) {
            sol = new FranzParisi(quadrature.quadrature(), margin.value(), temperature.value()).curve(a, ds);
        } else {
            sol = new FranzParisi(quadrature.quadrature(), kr, margin.value(), temperature.value()).curveFromEqualMargins(a, ds);
        }
        CsvTable t = new CsvTable(Args.commandLine(spec), "alpha", "d", "S_FP", "t", "q1", "that", "qhat1", "phat");
        describe(t);
        if (kr != null) {
            t.meta("kappa_ref", CsvTable.num(kr));
        }
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
        return finish(t, none);
    }

    /** The provenance lines shared by the binary and multi-state tables. */
    private void describe(CsvTable t) {
        quadrature.describe(t);
        margin.describe(t);
        temperature.describe(t);
        weights.describe(t);
    }

    private int finish(CsvTable t, StringBuilder none) {
        if (none.length() > 0) {
            t.meta("no_solution", "no RS Franz-Parisi solution found at d = " + none);
        }
        t.emit(spec.commandLine().getOut(), output.out());
        return 0;
    }

    /**
     * Multi-state weights: the binary columns (t, q1 raw overlaps) followed by Q, rhat (the counted solutions'
     * self-overlap and its conjugate) and Qref (the reference's), d the cosine distance.
     */
    private int multiState(double a, double[] ds) {
        List<MultiStateFranzParisi.Solution> sol = new MultiStateFranzParisi(quadrature.quadrature(), margin.value(),
                temperature.value(), weights.value()).curve(a, ds);
        CsvTable t = new CsvTable(Args.commandLine(spec), "alpha", "d", "S_FP", "t", "q1", "that", "qhat1", "phat", "Q",
                "rhat", "Qref");
        describe(t);
        t.meta("distance", "d = (1 - S/sqrt(Q Qref))/2");
        StringBuilder none = new StringBuilder();
        for (int i = 0; i < ds.length; i++) {
            MultiStateFranzParisi.Solution s = sol.get(i);
            if (s == null) {
                none.append(none.length() == 0 ? "" : " ").append(CsvTable.num(ds[i]));
                t.row(a, ds[i], null, null, null, null, null, null, null, null, null);
            } else {
                t.row(a, ds[i], s.entropy(), s.t(), s.q1(), s.tHat(), s.qHat1(), s.pHat(), s.selfOverlap(), s.rHat(),
                        s.referenceSelfOverlap());
            }
        }
        return finish(t, none);
    }
}
