package org.robustensemble.figures.cli;

import java.util.concurrent.Callable;

import org.robustensemble.validation.LocalEntropyValidation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code re validate local-entropy}: BP-measured local entropy around an fBP solution vs the theory band. */
@Command(name = "local-entropy", mixinStandardHelpOptions = true,
        description = {"Solve a random instance with focusing BP (pseudo-reinforcement, damping 0.5), measure the",
                "local entropy around the solution with BP (science.md 4.4) and compare it with the dense-region",
                "curves of the theory at y = --y-low and y = inf. Columns:",
                "  gamma,d,measured,theory_y_low,theory_y_inf,H2,in_band",
                "Exit code 1 if a point is outside the band (tolerance --tol) or fBP did not solve the instance."})
final class ValidateLocalEntropyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--n", defaultValue = "301", description = "Inputs N (odd, default ${DEFAULT-VALUE}).")
    int n;

    @Option(names = "--alpha", defaultValue = "0.4", description = "Load (default ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--seed", defaultValue = "7", description = "Instance and BP seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--y-low", defaultValue = "8", description = "Lower edge of the band: theory at this y (default ${DEFAULT-VALUE}).")
    double yLow;

    @Option(names = "--tol", defaultValue = "0.025", description = "Finite-size tolerance (default ${DEFAULT-VALUE}; ~0.2/sqrt(N), doubled).")
    double tol;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        if (n < 3 || n % 2 == 0) {
            throw new IllegalArgumentException("--n " + n + " is out of range: N must be odd and >= 3");
        }
        Args.requireAlpha(alpha);
        Args.requireY(yLow);
        if (!(tol >= 0 && tol < 1)) {
            throw new IllegalArgumentException("--tol " + tol + " is out of range: must be in [0, 1)");
        }
        LocalEntropyValidation.Report r = LocalEntropyValidation.run(n, alpha, seed, yLow, tol);
        CsvTable t = new CsvTable(Args.commandLine(spec), "gamma", "d", "measured", "theory_y_low", "theory_y_inf", "H2",
                "in_band");
        t.meta("fbp_solved", r.solved()).meta("y_low", CsvTable.num(yLow)).meta("tolerance", CsvTable.num(tol));
        for (LocalEntropyValidation.Row row : r.rows()) {
            t.row(row.gamma(), row.d(), row.measured(), row.theoryLow(), row.theoryInf(), row.h2(), row.inBand());
        }
        StringBuilder teacher = new StringBuilder();
        for (int i = 0; i < r.teacherD().length; i++) {
            teacher.append(i == 0 ? "" : " ").append(CsvTable.num(r.teacherD()[i])).append(':')
                    .append(CsvTable.num(r.teacherLocal()[i]));
        }
        t.meta("teacher_d_local_entropy", teacher);
        t.emit(spec.commandLine().getOut(), output.out());
        return r.solved() && r.allInBand() ? 0 : 1;
    }
}
