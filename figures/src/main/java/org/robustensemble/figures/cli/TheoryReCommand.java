package org.robustensemble.figures.cli;

import java.util.concurrent.Callable;

import org.robustensemble.analytic.perceptron.RobustEnsemble;
import org.robustensemble.analytic.perceptron.RobustEnsembleLimit;
import org.robustensemble.analytic.perceptron.RobustEnsembleLimitSolution;
import org.robustensemble.analytic.perceptron.RobustEnsembleSolution;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code re theory re}: the robust ensemble at (alpha, y, gamma), finite y or y = inf. */
@Command(name = "re", mixinStandardHelpOptions = true,
        description = {"Robust ensemble of the binary perceptron (RS; margin --kappa, inverse temperature --beta,",
                "default 0 and inf) at load alpha, y replicas and",
                "coupling gamma (measure exp(gamma W.Wref)). Finite y columns:",
                "  alpha,y,gamma,phi,Phi,S,d,S_I,Sigma_ext,q0,q1,qhat0,qhat1",
                "(phi free entropy of the references, Phi = dphi/dy local free entropy, S overlap replica-reference,",
                "d = (1-S)/2, S_I = Phi - gamma S local entropy, Sigma_ext = phi - y Phi external entropy).",
                "y = inf columns: alpha,y,gamma,Phi,S,d,S_I,q0,delta,qhat0,Dhat (Phi = Phi_max = lim phi/y,",
                "delta = y (q1 - q0), Dhat = y (qhat1 - qhat0))."})
final class TheoryReCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    TheoryOptions.Load load;

    @Option(names = "--y", required = true, paramLabel = "Y", description = "Replicas y >= 1, or inf.")
    String y;

    @Option(names = "--gamma", required = true, paramLabel = "G[,G2,...]",
            description = "Coupling(s) gamma >= 0 (list or start:step:end; solved by continuation).")
    String gamma;

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
        double yy = Args.number(y, "--y");
        Args.requireY(yy);
        double[] gs = Args.numbers(gamma, "--gamma");
        for (double g : gs) {
            Args.requireGamma(g);
        }
        String cmd = Args.commandLine(spec);
        if (Double.isInfinite(yy)) {
            RobustEnsembleLimit re = new RobustEnsembleLimit(quadrature.quadrature(), margin.value(), temperature.value());
            CsvTable t = new CsvTable(cmd, "alpha", "y", "gamma", "Phi", "S", "d", "S_I", "q0", "delta", "qhat0", "Dhat");
            quadrature.describe(t);
        margin.describe(t);
        temperature.describe(t);
            RobustEnsembleLimitSolution prev = null;
            for (double g : gs) {
                RobustEnsembleLimitSolution s = (prev != null && g >= prev.gamma() && a > 0)
                        ? solveFrom(re, a, g, prev) : re.solve(a, g);
                prev = s;
                t.row(s.alpha(), "inf", s.gamma(), s.bigPhi(), s.overlap(), s.distance(), s.localEntropy(), s.q0(),
                        s.delta(), s.qHat0(), s.dHat());
            }
            t.emit(spec.commandLine().getOut(), output.out());
            return 0;
        }
        RobustEnsemble re = new RobustEnsemble(quadrature.quadrature(), margin.value(), temperature.value());
        CsvTable t = new CsvTable(cmd, "alpha", "y", "gamma", "phi", "Phi", "S", "d", "S_I", "Sigma_ext", "q0", "q1",
                "qhat0", "qhat1");
        quadrature.describe(t);
        margin.describe(t);
        temperature.describe(t);
        StringBuilder negative = new StringBuilder();
        for (double g : gs) {
            RobustEnsembleSolution s = re.solve(a, yy, g);
            if (s.externalEntropy() < 0) {
                negative.append(negative.length() == 0 ? "" : " ").append(CsvTable.num(g));
            }
            t.row(s.alpha(), s.y(), s.gamma(), s.phi(), s.bigPhi(), s.overlap(), s.distance(), s.localEntropy(),
                    s.externalEntropy(), s.q0(), s.q1(), s.qHat0(), s.qHat1());
        }
        if (negative.length() > 0) {
            t.meta("warning", "Sigma_ext < 0 at gamma = " + negative
                    + ": no such references exist for a typical instance (RS description fails; see science.md 3.2)");
        }
        t.emit(spec.commandLine().getOut(), output.out());
        return 0;
    }

    private static RobustEnsembleLimitSolution solveFrom(RobustEnsembleLimit re, double a, double g,
            RobustEnsembleLimitSolution prev) {
        try {
            return re.solve(a, g, prev.orderParameters());
        } catch (RuntimeException e) {
            return re.solve(a, g);
        }
    }
}
