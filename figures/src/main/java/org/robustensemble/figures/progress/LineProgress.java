package org.robustensemble.figures.progress;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Plain-line progress for logs (stderr not a terminal, batch jobs): at most one line every {@code interval}
 * seconds, {@code what: done/total unit, rate/s, ETA}, and a last line at {@link #close}. The rate counts only
 * the units done in this process (a resumed study's earlier units are excluded), so the ETA is that of the rest.
 */
public final class LineProgress implements Progress {
    /** Seconds between two lines. */
    public static final double INTERVAL_SECONDS = 5;

    private final String what;
    private final String unit;
    private final long total;
    private final long initial;
    private final PrintWriter err;
    private final long intervalNanos;
    private final LongSupplier clock;
    private final long start;
    private final AtomicLong done;
    private long lastLine;
    private long lastPrinted = -1;
    private boolean closed;

    /**
     * @param interval seconds between lines (> 0)
     * @param clock    nanosecond clock (System::nanoTime; tests pass their own)
     */
    public LineProgress(String what, String unit, long total, long initial, PrintWriter err, double interval,
            LongSupplier clock) {
        if (total < 0 || initial < 0 || initial > total) {
            throw new IllegalArgumentException("progress: need 0 <= initial (" + initial + ") <= total (" + total + ")");
        }
        if (!(interval > 0)) {
            throw new IllegalArgumentException("progress: interval " + interval + " must be > 0");
        }
        this.what = what;
        this.unit = unit;
        this.total = total;
        this.initial = initial;
        this.err = err;
        this.intervalNanos = (long) (interval * 1e9);
        this.clock = clock;
        this.start = clock.getAsLong();
        this.lastLine = start;
        this.done = new AtomicLong(initial);
    }

    @Override
    public void advance(long units) {
        long d = done.addAndGet(units);
        long now = clock.getAsLong();
        synchronized (this) {
            if (!closed && now - lastLine >= intervalNanos) {
                lastLine = now;
                print(d, now);
            }
        }
    }

    @Override
    public long done() {
        return done.get();
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            if (done.get() != lastPrinted) {
                print(done.get(), clock.getAsLong());
            }
        }
    }

    /** @return the line for {@code d} units done at time {@code now} */
    String line(long d, long now) {
        double seconds = (now - start) / 1e9;
        long fresh = d - initial;
        StringBuilder sb = new StringBuilder();
        sb.append(what).append(": ").append(d).append('/').append(total).append(' ').append(unit);
        if (seconds > 0 && fresh > 0) {
            double rate = fresh / seconds;
            sb.append(String.format(Locale.ROOT, ", %.3g/s", rate));
            sb.append(", ETA ").append(duration((total - d) / rate));
        }
        sb.append(", elapsed ").append(duration(seconds));
        return sb.toString();
    }

    private void print(long d, long now) {
        lastPrinted = d;
        err.println(line(d, now));
        err.flush();
    }

    /** @return "12 s", "3 min 4 s", "2 h 05 min" */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return (s / 60) + " min " + (s % 60) + " s";
        }
        return (s / 3600) + " h " + String.format(Locale.ROOT, "%02d", (s % 3600) / 60) + " min";
    }
}
