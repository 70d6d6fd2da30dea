package org.robustensemble.figures.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;

import org.robustensemble.analytic.saddle.NonConvergenceException;
import org.robustensemble.simulation.SimulationFailure;

import picocli.CommandLine;

/**
 * Entry point of {@code ./re}. Exit codes: 0 success, 2 bad input (one line on stderr naming the parameter and
 * the allowed range), 3 a solver or algorithm that did not converge (with its residual) or a numerical failure
 * (a non-finite intermediate value, with its message, never a stack trace), 1 anything else.
 */
public final class Main {
    /** Exit code for invalid input. */
    public static final int EXIT_USAGE = 2;
    /** Exit code for non-convergence. */
    public static final int EXIT_NOT_CONVERGED = 3;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the CLI in-process (used by the tests); output and errors go to the given writers. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine(out, err);
        return cl.execute(args);
    }

    /** @return the configured picocli command line */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new ReCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("re: error: " + ex.getMessage());
            err.println("re: try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'");
            err.flush();
            return EXIT_USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            Throwable t = ex;
            if (t instanceof IllegalArgumentException) {
                err.println("re: error: " + t.getMessage());
                err.flush();
                return EXIT_USAGE;
            }
            if (t instanceof NonConvergenceException || t instanceof SimulationFailure) {
                err.println("re: not converged: " + t.getMessage());
                err.flush();
                return EXIT_NOT_CONVERGED;
            }
            if (t instanceof ArithmeticException) {
                // a numerical routine met a non-finite or out-of-range value it cannot recover from
                err.println("re: numerical failure: " + t.getMessage());
                err.flush();
                return EXIT_NOT_CONVERGED;
            }
            if (t instanceof UncheckedIOException) {
                err.println("re: i/o error: " + t.getMessage());
                err.flush();
                return 1;
            }
            throw ex;
        });
        return cl;
    }
}
