package org.robustensemble.figures.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.robustensemble.validation.check.Checks;
import org.robustensemble.validation.report.ReportWriter;
import org.robustensemble.validation.suite.Check;
import org.robustensemble.validation.suite.CheckResult;
import org.robustensemble.validation.suite.Context;
import org.robustensemble.validation.suite.Row;
import org.robustensemble.validation.suite.Size;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code re validate suite}: every check of the validation suite, with an optional report. */
@Command(name = "suite", mixinStandardHelpOptions = true,
        description = {"Run the validation suite (theory vs measurement; 're validate list' names the checks). One row",
                "per compared quantity: check,quantity,parameters,theory,measured,std_error,allowance,pass",
                "(allowance = k standard errors + a finite-size term; quantities with > or < are bounds). Every check",
                "also compares its measurement with a wrong prediction (negative control), which must fail:",
                "'# control_NAME=' lines. Exit code 0 when every check passes and every control fails, 1 otherwise.",
                "Results do not depend on --threads. Progress on stderr."})
final class ValidateSuiteCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--size", defaultValue = "ci", paramLabel = "ci|full",
            description = "ci (minutes in all, the size of 'mvn test') or full (the referee's run). Default: ${DEFAULT-VALUE}.")
    Size size;

    @Option(names = "--only", paramLabel = "NAME[,NAME...]", description = "Run only these checks.")
    String only;

    @Option(names = "--report", paramLabel = "DIR", description = "Write DIR/report.md and one PNG plot per check.")
    Path report;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed of every instance and algorithm. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores). Rows do not depend on it.")
    Integer threads;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (t < 1) {
            throw new IllegalArgumentException("--threads " + t + " is out of range: must be >= 1");
        }
        List<Check> checks = Checks.select(only);
        PrintWriter err = spec.commandLine().getErr();
        Context ctx = new Context(size, seed, t, line -> {
            err.println("re: " + line);
            err.flush();
        });
        String cmd = Args.commandLine(spec);
        CsvTable table = new CsvTable(cmd, "check", "quantity", "parameters", "theory", "measured", "std_error",
                "allowance", "pass");
        table.meta("size", size.name().toLowerCase()).meta("seed", seed);
        List<CheckResult> results = new ArrayList<>();
        long t0 = System.nanoTime();
        for (Check c : checks) {
            long c0 = System.nanoTime();
            err.println("re: check " + c.name() + ": " + c.description());
            err.flush();
            CheckResult r = c.run(ctx);
            results.add(r);
            err.printf("re: check %s: %s (%.0f s)%n", c.name(), r.passed() ? "pass" : "FAIL", (System.nanoTime() - c0) * 1e-9);
            err.flush();
            table.meta("control_" + r.name(), (r.controlFails() ? "fails" : "PASSES (defect)") + " against " + r.control());
            for (Row row : r.rows()) {
                table.row(row.check(), row.quantity(), row.parameters(), row.theory(), row.measured(), row.stdError(),
                        row.allowance(), row.pass());
            }
        }
        double seconds = (System.nanoTime() - t0) * 1e-9;
        boolean ok = results.stream().allMatch(CheckResult::passed);
        table.meta("result", ok ? "pass" : "FAIL").meta("seconds", String.format("%.0f", seconds));
        table.emit(spec.commandLine().getOut(), output.out());
        if (report != null) {
            ReportWriter.write(report, results, List.of("command: `" + cmd + "`", "size: " + size.name().toLowerCase(),
                    "seed: " + seed, String.format("runtime: %.0f s on %d threads", seconds, t)));
        }
        return ok ? 0 : 1;
    }
}
