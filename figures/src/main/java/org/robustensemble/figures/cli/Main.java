package org.robustensemble.figures.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.robustensemble.analytic.saddle.NonConvergenceException;
import org.robustensemble.simulation.SimulationFailure;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.MissingParameterException;

/**
 * Entry point of {@code ./re}. Exit codes: 0 success; 1 a check that failed ({@code validate}) or an I/O error
 * (a failed write to stdout or a file, one line on stderr); 2 bad input (one line on stderr naming the option as
 * typed and the allowed range, or a missing command); 3 a solver or algorithm that did not converge (with its
 * residual) or a numerical failure (a non-finite intermediate value, with its message, never a stack trace).
 */
public final class Main {
    /** Exit code for invalid input. */
    public static final int EXIT_USAGE = 2;
    /** Exit code for a failed check or an I/O error. */
    public static final int EXIT_FAILED = 1;
    /** Exit code for non-convergence. */
    public static final int EXIT_NOT_CONVERGED = 3;

    private Main() {
    }

    public static void main(String[] args) {
        // stdout through a plain file stream: System.out (a PrintStream) swallows write errors, which would make
        // '> /dev/full' or a closed pipe look like success
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), true);
        System.exit(run(out, new PrintWriter(System.err, true), args));
    }

    /**
     * Runs the CLI in-process (used by the tests); output and errors go to the given writers. A write to
     * {@code out} that failed (checked at the end, and by the CSV tables after every row) is exit 1.
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine(out, err, args);
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            // the commands estimate their memory up front (Args.requireMemory); this is the fallback
            OutputFile.abandonOpen(err);
            err.println("re: out of memory (" + oneLine(e.getMessage()) + "): the JVM may use "
                    + Args.megabytes(Runtime.getRuntime().maxMemory()) + "; give it more with RE_JAVA_OPTS=-Xmx...");
            err.flush();
            return EXIT_FAILED;
        }
        out.flush();
        if (out.checkError() && code != EXIT_FAILED) {
            err.println("re: i/o error: cannot write standard output");
            err.flush();
            return EXIT_FAILED;
        }
        return code;
    }

    /**
     * The subcommands of each group of {@link ReCommand}, in help order. They are registered here rather than in
     * the groups' annotations so that a run builds the picocli model of the one command it executes: building the
     * whole tree (reflection over every command's options) costs about 0.5 s of CPU at every start, more than a
     * small run itself (simulation/docs/bp-benchmarks.md, "Start-up, JIT warm-up and per-run overhead").
     */
    static final Map<Class<?>, List<Class<?>>> LEAVES = leaves();

    private static Map<Class<?>, List<Class<?>>> leaves() {
        Map<Class<?>, List<Class<?>>> t = new LinkedHashMap<>();
        t.put(TheoryCommand.class, List.of(TheoryGardnerCommand.class, TheoryCapacityCommand.class,
                TheoryReCommand.class, TheoryCurveCommand.class, TheoryFpCommand.class, TheoryBreakupCommand.class,
                TheoryTeacherCommand.class));
        t.put(SimulateCommand.class, List.of(SimulateSaCommand.class, SimulateRsaCommand.class,
                SimulateFbpCommand.class, SimulateFampCommand.class, SimulateEdmcCommand.class,
                SimulateSgdCommand.class));
        t.put(MeasureCommand.class, List.of(MeasureLocalEntropyCommand.class));
        t.put(ValidateCommand.class, List.of(ValidateListCommand.class, ValidateSuiteCommand.class,
                ValidateLocalEntropyCommand.class));
        t.put(FiguresCommand.class, List.of(FiguresListCommand.class, FiguresMakeCommand.class,
                FiguresMergeCommand.class, FiguresSlurmCommand.class));
        t.put(BenchCommand.class, List.of(BenchJmhCommand.class));
        return t;
    }

    /** @return the configured picocli command line with the whole command tree */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return configure(tree(null, null), out, err);
    }

    /**
     * @return the configured picocli command line for {@code args}: every group, but subcommands only under the
     *         group named by the first argument (all of them, or only the one named by the second argument).
     *         Parsing, help and error messages are those of the whole tree for every command line.
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, String... args) {
        String group = args.length > 0 ? args[0] : "";
        String leaf = args.length > 1 ? args[1] : "";
        return configure(tree(group, leaf), out, err);
    }

    /** The tree; {@code group == null}: every subcommand of every group. */
    private static CommandLine tree(String group, String leaf) {
        CommandLine cl = new CommandLine(new ReCommand());
        for (Map.Entry<Class<?>, List<Class<?>>> e : LEAVES.entrySet()) {
            CommandLine g = new CommandLine(e.getKey());
            String name = g.getCommandName();
            if (group == null || group.equals(name)) {
                boolean one = group != null && e.getValue().stream().anyMatch(c -> leaf.equals(name(c)));
                for (Class<?> c : e.getValue()) {
                    if (!one || leaf.equals(name(c))) {
                        g.addSubcommand(c);
                    }
                }
            }
            cl.addSubcommand(name, g);
        }
        return cl;
    }

    private static String name(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    private static CommandLine configure(CommandLine cl, PrintWriter out, PrintWriter err) {
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // '--schedule @FILE' names a file the command reads itself; picocli's own @-file expansion would
        // splice the file's lines into the command line as separate arguments
        cl.setExpandAtFiles(false);
        cl.setHelpFactory(HelpText::new);
        HelpText.reflow(cl);
        cl.setParameterExceptionHandler((ex, a) -> {
            String msg = ex.getMessage();
            if (ex instanceof MissingParameterException) {
                // an unknown option explains a missing required one ('--alph 0.5' for '--alpha 0.5')
                String unknown = HelpText.unknownOption(ex.getCommandLine().getCommandSpec(), a);
                if (unknown != null) {
                    msg = unknown;
                }
            }
            err.println("re: error: " + oneLine(msg) + " (see '" + ex.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help')");
            err.flush();
            return EXIT_USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            Throwable t = ex;
            OutputFile.abandonOpen(err);
            if (t instanceof IllegalArgumentException) {
                err.println("re: error: " + oneLine(t.getMessage()));
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
                err.println("re: i/o error: " + oneLine(t.getMessage()));
                err.flush();
                return EXIT_FAILED;
            }
            throw ex;
        });
        return cl;
    }

    /** @return the message on one line (picocli's suggestions and nested messages span several) */
    static String oneLine(String msg) {
        return msg == null ? "" : msg.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
