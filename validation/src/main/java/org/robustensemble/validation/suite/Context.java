package org.robustensemble.validation.suite;

import java.util.function.Consumer;

/**
 * How a check runs: its size, the seed every random choice derives from, the worker threads (results do not
 * depend on them) and where progress lines go.
 *
 * @param size     CI or full
 * @param seed     the user seed
 * @param threads  worker threads, &gt;= 1
 * @param progress receives progress lines (e.g. stderr); never {@code null}
 */
public record Context(Size size, long seed, int threads, Consumer<String> progress) {
    public Context {
        if (threads < 1) {
            throw new IllegalArgumentException("threads = " + threads + " must be >= 1");
        }
        if (size == null || progress == null) {
            throw new IllegalArgumentException("size and progress must be given");
        }
    }

    /** @return whether this is the full-size run */
    public boolean full() {
        return size == Size.FULL;
    }

    /** @return the CI or the full value */
    public int pick(int ci, int full) {
        return full() ? full : ci;
    }
}
