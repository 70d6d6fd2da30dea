package org.robustensemble.validation.suite;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Independent tasks (one per instance) on a fixed number of worker threads. Task i derives everything from its
 * own seed, and the results come back in task order, so any reduction over them is the same for every thread
 * count. A task's runtime exception is rethrown as itself.
 */
public final class Parallel {
    private Parallel() {
    }

    /**
     * @param count   number of tasks
     * @param ctx     threads and progress
     * @param label   progress label ({@code null}: no progress lines)
     * @param task    i -&gt; result
     * @return the results in task order
     */
    public static <T> List<T> map(int count, Context ctx, String label, IntFunction<T> task) {
        List<T> out = new ArrayList<>(count);
        AtomicInteger done = new AtomicInteger();
        long t0 = System.nanoTime();
        long[] last = {t0};
        IntFunction<T> counted = i -> {
            T r = task.apply(i);
            int d = done.incrementAndGet();
            if (label != null) {
                synchronized (last) {
                    long now = System.nanoTime();
                    if (d == count || now - last[0] > 2_000_000_000L) {
                        last[0] = now;
                        ctx.progress().accept(String.format("%s: %d/%d (%.0f s)", label, d, count, (now - t0) * 1e-9));
                    }
                }
            }
            return r;
        };
        if (ctx.threads() == 1 || count <= 1) {
            for (int i = 0; i < count; i++) {
                out.add(counted.apply(i));
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(ctx.threads(), count), job -> {
            Thread t = new Thread(job, "validation");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> fs = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int ii = i;
                fs.add(pool.submit(() -> counted.apply(ii)));
            }
            for (Future<T> f : fs) {
                out.add(f.get());
            }
            return out;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error er) {
                throw er;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
