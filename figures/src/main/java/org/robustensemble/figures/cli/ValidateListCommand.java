package org.robustensemble.figures.cli;

import java.util.concurrent.Callable;

import org.robustensemble.validation.check.Checks;
import org.robustensemble.validation.suite.Check;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code re validate list}: the checks of the validation suite. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"List the checks of 're validate suite' in suite order. Columns: check,description"})
final class ValidateListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        CsvTable t = new CsvTable(Args.commandLine(spec), "check", "description");
        for (Check c : Checks.all()) {
            t.row(c.name(), "\"" + c.description().replace("\"", "'") + "\"");
        }
        t.emit(spec.commandLine().getOut(), output.out());
        return 0;
    }
}
