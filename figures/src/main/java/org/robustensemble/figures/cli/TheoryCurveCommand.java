package org.robustensemble.figures.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.robustensemble.analytic.curve.DenseReferenceCurve;
import org.robustensemble.analytic.curve.DenseRegionCurve;
import org.robustensemble.analytic.curve.MultiStateCurve;
import org.robustensemble.analytic.curve.ZeroComplexityCurve;
import org.robustensemble.analytic.ensemble.MultiStateRobustEnsemble;
import org.robustensemble.analytic.ensemble.MultiStateRobustEnsembleLimit;
import org.robustensemble.analytic.model.WeightSet;
import org.robustensemble.analytic.reference.InnerReplicon;
import org.robustensemble.analytic.reference.ReferenceConstraintCost;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code re theory curve}: the dense-region local entropy S_I(d) at fixed alpha. */
@Command(name = "curve", mixinStandardHelpOptions = true,
        description = {"Local-entropy curve S_I(d) of the dense regions at load alpha: for each distance d the",
                "coupling gamma giving S = 1 - 2d is solved with the robust-ensemble saddle point (finite y, or",
                "y = inf: the densest regions). H2(d) is the alpha = 0 bound. With --constrained the references are",
                "constrained to be solutions (PRL 2015; y = inf, RS; gamma = (1/2) dS_I/dd, negative where the curve",
                "is not monotone; see analytic/docs/dense-reference.md). Columns:",
                "  alpha,y,d,gamma,S_I,H2,Sigma_ext   (Sigma_ext empty for y = inf)",
                "With --y sigma0, y is chosen per d as the y* where Sigma_ext = 0 (the densest regions that exist for",
                "a typical instance, docs/theory.md 3.2); the y column gives y*, or inf where Sigma_ext > 0 up to y = "
                        + TheoryCurveCommand.SIGMA0_Y_MAX_TEXT + " (the y = inf curve applies there).",
                "With --reference-cost a column reference_cost gives, at each y* row, the first-order cost of requiring",
                "the references to be solutions (<= 0; 0 = they already are; ReferenceConstraintCost, a few s per row);",
                "with --replicon a column replicon, the stability of the RS replicas around a reference (stable < 1).",
                "Above alpha ~ 0.7666 two Sigma_ext = 0 branches coexist and each row is the higher of those the two",
                "continuation passes (from the smallest and from the largest d) reach: give d from ~0.02 to ~0.09",
                "so that both are found (dense-reference.md section 9).",
                "With --weights W1,W2,.. (multi-state): alpha,y,d,gamma,S_I,S_I_alpha0,Q,Qref,Sigma_ext, where",
                "d = (1 - S/sqrt(Q Qref))/2 and S_I_alpha0 is the alpha = 0 (y = inf) local entropy at that d."})
final class TheoryCurveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    TheoryOptions.Load load;

    /** The largest y searched for Sigma_ext = 0 by {@code --y sigma0}. */
    static final double SIGMA0_Y_MAX = 64;
    static final String SIGMA0_Y_MAX_TEXT = "64";

    @Option(names = "--y", defaultValue = "inf", paramLabel = "Y",
            description = "Replicas y >= 1, inf (default), or sigma0 (per d the y* with Sigma_ext = 0).")
    String y;

    @Mixin
    TheoryOptions.Distances distances;

    @Option(names = "--constrained", description = "Reference constrained to be a solution (dense reference solutions, y = inf; binary weights, beta = inf; --kappa applies to the reference and the counted solutions).")
    boolean constrained;

    @Option(names = "--reference-cost", description = "With --y sigma0: add the column reference_cost, the first-order cost"
            + " (per weight, <= 0) of requiring the references at y* to be solutions (dense-reference.md section 9.4).")
    boolean referenceCost;

    @Option(names = "--replicon", description = "With --y sigma0: add the column replicon, the replicon of the y replicas"
            + " around a reference at y* (RS locally stable below 1; dense-reference.md section 9.5).")
    boolean replicon;

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
        if (y.strip().equalsIgnoreCase("sigma0")) {
            if (constrained || margin.value() != 0 || !Double.isInfinite(temperature.value())
                    || !weights.value().equals(WeightSet.BINARY)) {
                throw new IllegalArgumentException("--y sigma0 is implemented for the unconstrained binary robust ensemble"
                        + " with kappa = 0 and beta = inf (drop --constrained, --kappa, --beta and --weights)");
            }
            if (!(a > 0)) {
                throw new IllegalArgumentException("--y sigma0 needs alpha > 0 (at alpha = 0 Sigma_ext > 0 for every y)");
            }
            return zeroComplexity(a, distances.values());
        }
        if (referenceCost || replicon) {
            throw new IllegalArgumentException((referenceCost ? "--reference-cost" : "--replicon")
                    + " needs --y sigma0 (the finite-y references at Sigma_ext = 0)");
        }
        double yy = Args.number(y, "--y");
        Args.requireY(yy);
        double[] ds = distances.values();
        if (constrained) {
            if (!Double.isInfinite(yy)) {
                throw new IllegalArgumentException("--constrained is the y = inf theory: --y " + y + " is not allowed with it");
            }
            if (!Double.isInfinite(temperature.value()) || !weights.value().equals(WeightSet.BINARY)) {
                throw new IllegalArgumentException("--constrained is implemented for binary weights and beta = inf only"
                        + " (the references are solutions; drop --beta and --weights)");
            }
            return constrainedCurve(a, ds);
        }
        if (!weights.value().equals(WeightSet.BINARY)) {
            return multiState(a, yy, ds);
        }
        List<DenseRegionCurve.Point> pts = new DenseRegionCurve(quadrature.quadrature(), margin.value(), temperature.value()).compute(a, yy, ds);
        CsvTable t = new CsvTable(Args.commandLine(spec), "alpha", "y", "d", "gamma", "S_I", "H2", "Sigma_ext");
        quadrature.describe(t);
        margin.describe(t);
        temperature.describe(t);
        weights.describe(t);
        StringBuilder negative = new StringBuilder();
        StringBuilder failed = new StringBuilder();
        for (DenseRegionCurve.Point p : pts) {
            if (p.externalEntropy() < 0) {
                negative.append(negative.length() == 0 ? "" : " ").append(CsvTable.num(p.d()));
            }
            if (!p.converged()) {
                failed.append(failed.length() == 0 ? "" : "; ").append("d=").append(CsvTable.num(p.d())).append(": ")
                        .append(p.failure() != null ? p.failure() : p.report());
            }
            t.row(p.alpha(), Double.isInfinite(p.y()) ? "inf" : p.y(), p.d(), p.gamma(), p.localEntropy(),
                    p.binaryEntropy(), p.externalEntropy());
        }
        if (negative.length() > 0) {
            t.meta("warning", "Sigma_ext < 0 at d = " + negative
                    + ": no such references exist for a typical instance (RS description fails; see docs/theory.md 3.2)");
        }
        return finish(t, failed);
    }

    private int finish(CsvTable t, StringBuilder failed) {
        if (failed.length() > 0) {
            t.meta("not_converged", failed + " (rows left empty; see README on the stiff regime of small d and"
                    + " analytic/docs/dense-reference.md on where the RS solution ends)");
        }
        t.emit(spec.commandLine().getOut(), output.out());
        if (failed.length() > 0) {
            spec.commandLine().getErr().println("re: not converged at some distances (rows left empty): " + failed);
            return Main.EXIT_NOT_CONVERGED;
        }
        return 0;
    }

    /**
     * The Sigma_ext = 0 curve: rows of the finite-y curve at y*, and of the y = inf curve where Sigma_ext &gt; 0 up
     * to {@link #SIGMA0_Y_MAX}.
     */
    private int zeroComplexity(double a, double[] ds) {
        List<ZeroComplexityCurve.Point> pts = new ZeroComplexityCurve(quadrature.quadrature()).compute(a, ds, SIGMA0_Y_MAX);
        double[] unbounded = pts.stream().filter(p -> p.failure() == null && Double.isInfinite(p.y()))
                .mapToDouble(ZeroComplexityCurve.Point::d).toArray();
        List<DenseRegionCurve.Point> limit = unbounded.length == 0 ? List.of()
                : new DenseRegionCurve(quadrature.quadrature()).compute(a, Double.POSITIVE_INFINITY, unbounded);
        List<String> columns = new java.util.ArrayList<>(List.of("alpha", "y", "d", "gamma", "S_I", "H2", "Sigma_ext"));
        if (referenceCost) {
            columns.add("reference_cost");
        }
        if (replicon) {
            columns.add("replicon");
        }
        CsvTable t = new CsvTable(Args.commandLine(spec), columns.toArray(String[]::new));
        quadrature.describe(t);
        t.meta("y", "sigma0: per d the y* where Sigma_ext = 0 (inf: Sigma_ext > 0 up to y = " + SIGMA0_Y_MAX_TEXT
                + ", the y = inf row)");
        if (referenceCost) {
            t.meta("reference_cost", "first-order cost per weight of requiring the y* references to be solutions"
                    + " (exp(N cost) = probability that one is; empty on y = inf rows)");
        }
        if (replicon) {
            t.meta("replicon", "replicon of the replicas around a reference at y* (RS locally stable below 1;"
                    + " empty on y = inf rows)");
        }
        StringBuilder failed = new StringBuilder();
        int k = 0;
        for (ZeroComplexityCurve.Point p : pts) {
            if (p.failure() != null) {
                failed.append(failed.length() == 0 ? "" : "; ").append("d=").append(CsvTable.num(p.d())).append(": ")
                        .append(p.failure());
                t.row(withExtras(new Object[] {a, null, p.d(), null, null, p.binaryEntropy(), null}, null, null));
            } else if (Double.isInfinite(p.y())) {
                DenseRegionCurve.Point q = limit.get(k++);
                if (!q.converged()) {
                    failed.append(failed.length() == 0 ? "" : "; ").append("d=").append(CsvTable.num(p.d()))
                            .append(" (Sigma_ext > 0 up to y = ").append(SIGMA0_Y_MAX_TEXT)
                            .append(", and no y = inf saddle point there: ")
                            .append(q.failure() != null ? q.failure() : q.report()).append(')');
                }
                t.row(withExtras(new Object[] {a, "inf", p.d(), q.gamma(), q.localEntropy(), q.binaryEntropy(), Double.NaN},
                        Double.NaN, Double.NaN));
            } else {
                Object cost = referenceCost ? ReferenceConstraintCost.evaluate(p.solution()).cost() : null;
                Object rep = replicon ? InnerReplicon.evaluate(p.solution()).value() : null;
                t.row(withExtras(new Object[] {a, p.y(), p.d(), p.gamma(), p.localEntropy(), p.binaryEntropy(), 0.0}, cost,
                        rep));
            }
        }
        return finish(t, failed);
    }

    /** The row's values, with the reference_cost and replicon values appended when those columns are on. */
    private Object[] withExtras(Object[] values, Object cost, Object rep) {
        List<Object> out = new java.util.ArrayList<>(java.util.Arrays.asList(values));
        if (referenceCost) {
            out.add(cost);
        }
        if (replicon) {
            out.add(rep);
        }
        return out.toArray();
    }

    private int constrainedCurve(double a, double[] ds) {
        List<DenseReferenceCurve.Point> pts = new DenseReferenceCurve(quadrature.quadrature(), margin.value()).compute(a, ds);
        CsvTable t = new CsvTable(Args.commandLine(spec), "alpha", "y", "d", "gamma", "S_I", "H2", "Sigma_ext");
        quadrature.describe(t);
        margin.describe(t);
        t.meta("reference", "constrained to be a solution (dense reference solutions, y = inf, RS)");
        StringBuilder slack = new StringBuilder();
        StringBuilder failed = new StringBuilder();
        for (DenseReferenceCurve.Point p : pts) {
            if (!p.converged()) {
                failed.append(failed.length() == 0 ? "" : "; ").append("d=").append(CsvTable.num(p.d())).append(": ")
                        .append(p.report());
            } else if (p.solution() != null && p.solution().slack()) {
                slack.append(slack.length() == 0 ? "" : " ").append(CsvTable.num(p.d()));
            }
            t.row(p.alpha(), "inf", p.d(), p.gamma(), p.localEntropy(), p.binaryEntropy(), Double.NaN);
        }
        if (slack.length() > 0) {
            t.meta("constraint_slack", "d = " + slack
                    + ": the unconstrained densest reference is a solution there (constraint cost < 1e-11)");
        }
        return finish(t, failed);
    }

    /**
     * Multi-state weights: columns alpha,y,d,gamma,S_I,S_I_alpha0,Q,Qref,Sigma_ext with d = (1 - S/sqrt(Q Qref))/2,
     * S_I_alpha0 the alpha = 0 (y = inf) local entropy at the same d (the multi-state counterpart of the H2 column, but
     * not a strict bound), Sigma_ext empty at y = inf.
     */
    private Integer multiState(double a, double yy, double[] ds) {
        WeightSet w = weights.value();
        boolean inf = Double.isInfinite(yy);
        List<? extends MultiStateCurve.Point<?>> pts = inf
                ? new MultiStateRobustEnsembleLimit(quadrature.quadrature(), margin.value(), temperature.value(), w)
                        .curve(a, ds)
                : new MultiStateRobustEnsemble(quadrature.quadrature(), margin.value(), temperature.value(), w)
                        .curve(a, yy, ds);
        CsvTable t = new CsvTable(Args.commandLine(spec), "alpha", "y", "d", "gamma", "S_I", "S_I_alpha0", "Q", "Qref",
                "Sigma_ext");
        quadrature.describe(t);
        margin.describe(t);
        temperature.describe(t);
        weights.describe(t);
        t.meta("distance", "d = (1 - S/sqrt(Q Qref))/2");
        StringBuilder failed = new StringBuilder();
        Object yCol = inf ? "inf" : yy;
        for (MultiStateCurve.Point<?> p : pts) {
            if (p.solution() == null) {
                failed.append(failed.length() == 0 ? "" : "; ").append("d=").append(CsvTable.num(p.d())).append(": ")
                        .append(p.failure());
                t.row(a, yCol, p.d(), null, null, p.zeroLoadEntropy(), null, null, null);
            } else if (p.solution() instanceof MultiStateRobustEnsembleLimit.Solution s) {
                t.row(a, yCol, p.d(), s.gamma(), s.localEntropy(), p.zeroLoadEntropy(), s.selfOverlap(),
                        s.referenceSelfOverlap(), null);
            } else if (p.solution() instanceof MultiStateRobustEnsemble.Solution s) {
                t.row(a, yCol, p.d(), s.gamma(), s.localEntropy(), p.zeroLoadEntropy(), s.selfOverlap(),
                        s.referenceSelfOverlap(), s.externalEntropy());
            }
        }
        return finish(t, failed);
    }
}
