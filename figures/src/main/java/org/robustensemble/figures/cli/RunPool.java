package org.robustensemble.figures.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.function.ObjIntConsumer;

/**
 * Independent runs of a simulate command executed on a fixed number of worker threads. Each run r = 0..R-1 is
 * one task that derives everything from its own seed, so the results (returned in run order) do not depend on
 * the worker count; only timing columns may. A run's exception is rethrown as itself (a RuntimeException keeps
 * its type, so bad input still exits 2 and a non-converged run 3).
 */
final class RunPool {
    private RunPool() {
    }

    /**
     * @param runs    number of runs (>= 1)
     * @param workers worker threads (>= 1; capped at runs; 1 runs in the calling thread)
     * @param task    run r -> its outcome
     * @param done    (outcome, r), called in run order as soon as each outcome (and all before it) is available,
     *                e.g. to log progress
     * @return the outcomes in run order
     */
    static <T> List<T> map(int runs, int workers, IntFunction<T> task, ObjIntConsumer<T> done) {
        if (runs < 1) {
            throw new IllegalArgumentException("--runs = " + runs + " must be >= 1");
        }
        if (workers < 1) {
            throw new IllegalArgumentException("the number of worker threads (" + workers + ") must be >= 1");
        }
        List<T> out = new ArrayList<>(runs);
        if (workers == 1 || runs == 1) {
            for (int r = 0; r < runs; r++) {
                T o = task.apply(r);
                done.accept(o, r);
                out.add(o);
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(workers, runs), job -> {
            Thread t = new Thread(job, "re-run");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>(runs);
            for (int r = 0; r < runs; r++) {
                int rr = r;
                futures.add(pool.submit(() -> task.apply(rr)));
            }
            for (int r = 0; r < runs; r++) {
                T o = futures.get(r).get();
                done.accept(o, r);
                out.add(o);
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

    /** @return the default worker count: the available processors, at most runs */
    static int defaultWorkers(int runs) {
        return Math.min(runs, Runtime.getRuntime().availableProcessors());
    }
}
