package org.robustensemble.figures.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One in-process run of the CLI ({@link Main#run}) for the tests: exit code, stdout and stderr.
 *
 * @param code exit code
 * @param out  what went to stdout
 * @param err  what went to stderr
 */
record CliRun(int code, String out, String err) {
    /** @return the header and data rows (no provenance lines, no blank lines) */
    List<String> data() {
        return Arrays.stream(out.split("\n")).filter(l -> !l.startsWith("#") && !l.isBlank()).collect(Collectors.toList());
    }

    /** Runs {@code re args...} in this JVM. */
    static CliRun of(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(new PrintWriter(o), new PrintWriter(e), args);
        return new CliRun(code, o.toString(), e.toString());
    }
}
