package org.robustensemble.figures.progress;

import java.io.PrintWriter;

/**
 * Progress of a computation made of {@code total} equal units (tasks of a study, steps of a protocol, points of
 * a sweep), reported on stderr while it runs. Implementations are thread-safe: workers call {@link #advance}
 * as units finish. Closing prints the final state once.
 */
public interface Progress extends AutoCloseable {

    /** Marks {@code units} more units as done (thread-safe). */
    void advance(long units);

    /** Marks one more unit as done. */
    default void step() {
        advance(1);
    }

    /** @return units done so far */
    long done();

    /** Ends the report (prints the last state). */
    @Override
    void close();

    /** A progress that reports nothing (tests, quiet runs). */
    static Progress silent(long total) {
        return new Progress() {
            private final java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();

            @Override
            public void advance(long units) {
                done.addAndGet(units);
            }

            @Override
            public long done() {
                return done.get();
            }

            @Override
            public void close() {
            }
        };
    }

    /**
     * The progress report for a command: a progress bar on the process's stderr when it is a terminal
     * ({@link #stderrIsTerminal()}), else plain lines on {@code err} every {@code LineProgress.INTERVAL_SECONDS}.
     *
     * @param what      the label (e.g. the figure name)
     * @param unit      the unit's name in plain lines ("tasks", "steps")
     * @param total     the number of units (>= 0)
     * @param initial   units already done (resumed studies)
     * @param err       where plain lines go (the command's stderr writer)
     */
    static Progress onStderr(String what, String unit, long total, long initial, PrintWriter err) {
        if (stderrIsTerminal()) {
            return new BarProgress(what, unit, total, initial);
        }
        return new LineProgress(what, unit, total, initial, err, LineProgress.INTERVAL_SECONDS, System::nanoTime);
    }

    /**
     * @return whether the process's stderr is a terminal: {@code System.console() != null} (stdin and stdout are
     *         terminals), or on Linux file descriptor 2 links to a terminal device (so that {@code re ... > out.csv}
     *         still shows the bar)
     */
    static boolean stderrIsTerminal() {
        if (System.console() != null) {
            return true;
        }
        try {
            String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
