package org.robustensemble.figures.recipe;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.robustensemble.figures.cli.Main;

/**
 * Runs a {@code re} command in-process, exactly as {@code ./re} would (the same picocli command tree from
 * {@link Main}), and returns its CSV. The command line is the toolkit's stable public contract: recipes use it
 * instead of Java APIs, and print it as the provenance of every row.
 */
public final class Cli {
    private Cli() {
    }

    /**
     * @return the parsed CSV of {@code re args..}
     * @throws Failure naming the command, its exit code and the last line of its stderr if it did
     *                               not exit 0
     */
    public static Table run(List<String> args) {
        return run(args, false);
    }

    /**
     * @param partial accept exit code 3 (not converged at some points) from a sweep that still printed its table,
     *                with the failed points as empty fields (e.g. the constrained curve above the break-up, where it
     *                has a gap); the caller drops those rows
     * @return the parsed CSV of {@code re args..}
     */
    public static Table run(List<String> args, boolean partial) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args.toArray(new String[0]));
        if (partial && code == Main.EXIT_NOT_CONVERGED && out.toString().lines().anyMatch(l -> !l.startsWith("#"))) {
            return Table.parse(out.toString());
        }
        if (code != 0) {
            String[] lines = err.toString().strip().split("\n");
            throw new Failure("'" + display(args) + "' exited " + code + ": " + lines[lines.length - 1], code);
        }
        return Table.parse(out.toString());
    }

    /** @return "re a b c" */
    public static String display(List<String> args) {
        return "re " + String.join(" ", args);
    }

    /** A command of a recipe that did not exit 0: its message and exit code. */
    public static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int code;

        Failure(String message, int code) {
            super(message);
            this.code = code;
        }

        /** @return the command's exit code */
        public int code() {
            return code;
        }
    }
}
