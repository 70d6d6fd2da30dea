package org.robustensemble.figures.cli;

import java.util.Arrays;
import java.util.concurrent.Callable;

import org.robustensemble.analytic.ensemble.EnergyDensity;
import org.robustensemble.analytic.ensemble.MultiStateRobustEnsemble;
import org.robustensemble.analytic.ensemble.MultiStateRobustEnsembleLimit;
import org.robustensemble.analytic.curve.Sweep;
import org.robustensemble.analytic.ensemble.RobustEnsemble;
import org.robustensemble.analytic.ensemble.RobustEnsembleLimit;
import org.robustensemble.analytic.ensemble.RobustEnsembleLimitSolution;
import org.robustensemble.analytic.ensemble.RobustEnsembleSolution;
import org.robustensemble.analytic.model.WeightSet;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code re theory re}: the robust ensemble at (alpha, y, gamma), finite y or y = inf. */
@Command(name = "re", mixinStandardHelpOptions = true,
        description = {"Robust ensemble of the binary perceptron (RS; margin --kappa, inverse temperature --beta,",
                "default 0 and inf) at load alpha, y replicas and",
                "coupling gamma (measure exp(gamma W.Wref)). Finite y columns:",
                "  alpha,y,gamma,phi,Phi,S,d,S_I,Sigma_ext,q0,q1,qhat0,qhat1",
                "(phi free entropy of the references, Phi = dphi/dy local free entropy, S overlap replica-reference,",
                "d = (1-S)/2, S_I = Phi - gamma S local entropy, Sigma_ext = phi - y Phi external entropy).",
                "y = inf columns: alpha,y,gamma,Phi,S,d,S_I,q0,delta,qhat0,Dhat (Phi = Phi_max = lim phi/y,",
                "delta = y (q1 - q0), Dhat = y (qhat1 - qhat0)). --weights W1,W2,.. (multi-state) adds Q,rhat,Qref",
                "(self-overlaps of replicas and reference, rhat conjugate of Q); then d = (1 - S/sqrt(Q Qref))/2.",
                "Binary weights, finite y and finite --beta add a last column energy: the mean fraction of violated",
                "patterns of one replica, -(1/(alpha y)) d phi/d beta."})
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
    TheoryOptions.Weights weights;

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
        WeightSet w = weights.value();
        if (!w.equals(WeightSet.BINARY)) {
            return Double.isInfinite(yy) ? multiState(cmd, a, gs, w) : multiStateFinite(cmd, a, yy, gs, w);
        }
        if (Double.isInfinite(yy)) {
            RobustEnsembleLimit re = new RobustEnsembleLimit(quadrature.quadrature(), margin.value(), temperature.value());
            CsvTable t = new CsvTable(cmd, "alpha", "y", "gamma", "Phi", "S", "d", "S_I", "q0", "delta", "qhat0", "Dhat");
            quadrature.describe(t);
        margin.describe(t);
        temperature.describe(t);
        weights.describe(t);
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
        double beta = temperature.value();
        boolean hot = Double.isFinite(beta);
        String[] cols = {"alpha", "y", "gamma", "phi", "Phi", "S", "d", "S_I", "Sigma_ext", "q0", "q1", "qhat0", "qhat1",
            "energy"};
        CsvTable t = new CsvTable(cmd, Arrays.copyOf(cols, hot ? cols.length : cols.length - 1));
        quadrature.describe(t);
        margin.describe(t);
        temperature.describe(t);
        weights.describe(t);
        StringBuilder negative = new StringBuilder();
        StringBuilder failed = new StringBuilder();
        Sweep<RobustEnsembleSolution> path = gammaPath(re, a, yy);
        for (double g : gs) {
            Sweep.Point<RobustEnsembleSolution> p = path.at(g);
            if (!p.converged()) {
                failed.append(failed.length() == 0 ? "" : "; ").append("gamma=").append(CsvTable.num(g)).append(": ")
                        .append(p.failure().getMessage());
                double nan = Double.NaN;
                t.row(a, yy, g, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan);
                continue;
            }
            RobustEnsembleSolution s = p.solution();
            if (s.externalEntropy() < 0) {
                negative.append(negative.length() == 0 ? "" : " ").append(CsvTable.num(g));
            }
            Object[] row = {s.alpha(), s.y(), s.gamma(), s.phi(), s.bigPhi(), s.overlap(), s.distance(),
                s.localEntropy(), s.externalEntropy(), s.q0(), s.q1(), s.qHat0(), s.qHat1(),
                hot ? EnergyDensity.robustEnsemble(s.y(), s.q0(), s.q1(), margin.value(), beta) : null};
            t.row(hot ? row : Arrays.copyOf(row, row.length - 1));
        }
        if (negative.length() > 0) {
            t.meta("warning", "Sigma_ext < 0 at gamma = " + negative
                    + ": no such references exist for a typical instance (RS description fails; see docs/theory.md 3.2)");
        }
        if (failed.length() > 0) {
            t.meta("not_converged", failed + " (rows left empty)");
        }
        t.emit(spec.commandLine().getOut(), output.out());
        if (failed.length() > 0) {
            spec.commandLine().getErr().println("re: not converged at some couplings (rows left empty): " + failed);
            return Main.EXIT_NOT_CONVERGED;
        }
        return 0;
    }

    /** The spacing of the lattice in gamma along which the finite-y couplings are continued. */
    static final double GAMMA_LATTICE = 0.25;

    /**
     * Every finite-y coupling is reached along the lattice k {@link #GAMMA_LATTICE} from the Gardner point at
     * gamma = 0 ({@link Sweep}: nodes shared by the couplings requested, a failed step split into up to 4 substeps,
     * the branch ended after three failed nodes in a row), so a row does not depend on the other couplings asked.
     */
    private static Sweep<RobustEnsembleSolution> gammaPath(RobustEnsemble re, double a, double yy) {
        return new Sweep<>(new Sweep.Model<>() {
            @Override
            public RobustEnsembleSolution solve(double gamma, double[] start) {
                return re.solve(a, yy, gamma, start);
            }

            @Override
            public double[] unknowns(RobustEnsembleSolution s) {
                return s.orderParameters();
            }

            @Override
            public boolean admissible(double[] start) {
                return RobustEnsemble.admissible(start);
            }
        }, re.solve(a, yy, 0), Sweep.Lattice.uniform(0, GAMMA_LATTICE), 2, 2);
    }

    /** y = inf for a multi-state weight set: extra columns Q, rhat (self-overlap and conjugate), Qref. */
    private Integer multiState(String cmd, double a, double[] gs, WeightSet w) {
        MultiStateRobustEnsembleLimit re = new MultiStateRobustEnsembleLimit(quadrature.quadrature(), margin.value(),
                temperature.value(), w);
        CsvTable t = new CsvTable(cmd, "alpha", "y", "gamma", "Phi", "S", "d", "S_I", "q0", "delta", "qhat0", "Dhat", "Q",
                "rhat", "Qref");
        quadrature.describe(t);
        margin.describe(t);
        temperature.describe(t);
        weights.describe(t);
        t.meta("distance", "d = (1 - S/sqrt(Q Qref))/2");
        MultiStateRobustEnsembleLimit.Solution prev = null;
        for (double g : gs) {
            MultiStateRobustEnsembleLimit.Solution s = null;
            if (prev != null && g >= prev.gamma() && a > 0) {
                try {
                    s = re.solve(a, g, prev.orderParameters());
                } catch (RuntimeException e) {
                    s = null;
                }
            }
            if (s == null) {
                s = re.solve(a, g);
            }
            prev = s;
            t.row(s.alpha(), "inf", s.gamma(), s.bigPhi(), s.overlap(), s.distance(), s.localEntropy(), s.q0(),
                    s.delta(), s.qHat0(), s.dHat(), s.selfOverlap(), s.rHat(), s.referenceSelfOverlap());
        }
        t.emit(spec.commandLine().getOut(), output.out());
        return 0;
    }

    /** Finite y for a multi-state weight set: the finite-y columns plus Q, rhat, Qref. */
    private Integer multiStateFinite(String cmd, double a, double yy, double[] gs, WeightSet w) {
        MultiStateRobustEnsemble re = new MultiStateRobustEnsemble(quadrature.quadrature(), margin.value(),
                temperature.value(), w);
        CsvTable t = new CsvTable(cmd, "alpha", "y", "gamma", "phi", "Phi", "S", "d", "S_I", "Sigma_ext", "q0", "q1",
                "qhat0", "qhat1", "Q", "rhat", "Qref");
        quadrature.describe(t);
        margin.describe(t);
        temperature.describe(t);
        weights.describe(t);
        t.meta("distance", "d = (1 - S/sqrt(Q Qref))/2");
        for (double g : gs) {
            MultiStateRobustEnsemble.Solution s = re.solve(a, yy, g);
            t.row(s.alpha(), s.y(), s.gamma(), s.phi(), s.bigPhi(), s.overlap(), s.distance(), s.localEntropy(),
                    s.externalEntropy(), s.q0(), s.q1(), s.qHat0(), s.qHat1(), s.selfOverlap(), s.rHat(),
                    s.referenceSelfOverlap());
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
