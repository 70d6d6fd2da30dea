package org.robustensemble.figures.cli;

import java.util.concurrent.Callable;
import org.robustensemble.analytic.curve.BreakupPoint;
import org.robustensemble.analytic.curve.ZeroComplexityBreakup;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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
                "--y sigma0) the branch from small d closes off as an isolated cluster from alpha = 0.76683.",
                "--criterion sigma0 computes that load: bisection in alpha on whether the branch of the",
                "Sigma_ext = 0 curve from small d runs on to gamma < 0.05 (detached) or folds back onto the branch",
                "at larger d (steps of 1e-4 in d through the dip; dense-reference.md section 9.2; kappa = 0 only;",
                "default bracket 0.765..0.77; 30-60 s per load). Same columns: d_U, gamma_at_U are where branch B",
                "folds at the largest load below alpha_U; solves counts the Sigma_ext = 0 points."})
final class TheoryBreakupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Which break-up: the y = inf dip of gamma(d), or the detachment of the Sigma_ext = 0 branch. */
    enum Criterion { INF, SIGMA0 }

    @Option(names = "--criterion", defaultValue = "inf", paramLabel = "inf|sigma0",
            description = "inf: gamma(d) of the y = inf curve touches 0 (default); sigma0: the Sigma_ext = 0 branch from small d detaches.")
    Criterion criterion;

    @Option(names = "--alpha-lo", description = "Lower end of the bracket in alpha (default 0.75; sigma0: 0.765).")
    Double alphaLo;

    @Option(names = "--alpha-hi", description = "Upper end of the bracket in alpha (default 0.76, where gamma(d) reaches 0 in the dip; sigma0: 0.77).")
    Double alphaHi;

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
        boolean sigma0 = criterion == Criterion.SIGMA0;
        double alphaLo = this.alphaLo != null ? this.alphaLo : (sigma0 ? 0.765 : 0.75);
        double alphaHi = this.alphaHi != null ? this.alphaHi : (sigma0 ? 0.77 : 0.76);
        if (!(alphaLo > 0 && alphaHi > alphaLo && alphaHi < 0.83)) {
            throw new IllegalArgumentException("--alpha-lo " + alphaLo + " / --alpha-hi " + alphaHi
                    + " are out of range: need 0 < lo < hi < 0.83");
        }
        if (!(dGuess > 0.005 && dGuess < 0.2)) {
            throw new IllegalArgumentException("--d-guess " + dGuess + " is out of range: must be in (0.005, 0.2)");
        }
        java.io.PrintWriter err = spec.commandLine().getErr();
        if (sigma0) {
            if (margin.value() != 0) {
                throw new IllegalArgumentException("--criterion sigma0 is implemented for kappa = 0 only (drop --kappa)");
            }
            return zeroComplexity(alphaLo, alphaHi, err);
        }
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

    private int zeroComplexity(double lo, double hi, java.io.PrintWriter err) {
        ZeroComplexityBreakup.Result r = new ZeroComplexityBreakup(quadrature.quadrature()).onEvaluation(e -> {
            err.println("re: alpha=" + CsvTable.num(e.alpha()) + (e.detached() ? " detached" : " not detached")
                    + " (d=" + CsvTable.num(e.d()) + " gamma=" + CsvTable.num(e.gamma()) + ")");
            err.flush();
        }).locate(lo, hi, tolerance);
        CsvTable t = new CsvTable(Args.commandLine(spec), "alpha_U", "d_U", "gamma_at_U", "iterations", "solves");
        quadrature.describe(t);
        t.meta("criterion", "sigma0: the Sigma_ext = 0 branch from small d detaches (dense-reference.md section 9.2);"
                + " bracket [" + CsvTable.num(r.alphaBelow()) + ", " + CsvTable.num(r.alphaU()) + "]");
        StringBuilder samples = new StringBuilder();
        int points = 0;
        for (ZeroComplexityBreakup.Evaluation e : r.evaluations()) {
            samples.append(samples.length() == 0 ? "" : "; ").append("alpha=").append(CsvTable.num(e.alpha()))
                    .append(e.detached() ? " detached" : " not_detached").append(" d=").append(CsvTable.num(e.d()))
                    .append(" gamma=").append(CsvTable.num(e.gamma()));
            points += e.points();
        }
        t.meta("samples", samples.toString()).meta("solver", r.report());
        t.row(r.alphaU(), r.dFold(), r.gammaFold(), r.report().iterations(), points);
        t.emit(spec.commandLine().getOut(), output.out());
        return 0;
    }
}
