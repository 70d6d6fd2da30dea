package org.robustensemble.analytic.gauss;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Deterministic fork-join for the outer quadrature loops: block k of the nodes runs on lane k; callers store
 * per-node results and reduce them in node order, so results do not depend on the thread count. The number of
 * lanes is the number of available processors, or the system property {@code re.threads}.
 */
public final class Parallel {
    private static final int THREADS = Math.max(1, Integer.getInteger("re.threads",
            Runtime.getRuntime().availableProcessors()));
    private static final ExecutorService POOL = THREADS > 1 ? Executors.newFixedThreadPool(THREADS - 1, r -> {
        Thread t = new Thread(r, "re-quadrature");
        t.setDaemon(true);
        return t;
    }) : null;

    private Parallel() {
    }

    /** @return the number of lanes */
    public static int threads() {
        return THREADS;
    }

    /** Runs body(0..lanes-1), lane 0 in the calling thread; rethrows the first failure. */
    public static void run(int lanes, IntConsumer body) {
        if (lanes == 1 || POOL == null) {
            for (int k = 0; k < lanes; k++) {
                body.accept(k);
            }
            return;
        }
        @SuppressWarnings("unchecked")
        Future<?>[] fs = new Future<?>[lanes - 1];
        for (int k = 1; k < lanes; k++) {
            final int kk = k;
            fs[k - 1] = POOL.submit(() -> body.accept(kk));
        }
        RuntimeException first = null;
        try {
            body.accept(0);
        } catch (RuntimeException e) {
            first = e;
        }
        for (Future<?> f : fs) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                if (first == null) {
                    first = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
