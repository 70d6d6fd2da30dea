package org.robustensemble.figures.cli;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
        List<T> out = new ArrayList<>();
        forEach(runs, workers, task, (o, r) -> {
            done.accept(o, r);
            out.add(o);
        });
        return out;
    }

    /**
     * Like {@link #map} but keeps no outcome: each is handed to {@code done} (in run order, in the calling thread)
     * and dropped, and at most 2 x workers runs are in flight, so the memory does not grow with the number of runs
     * (a command that writes each row in {@code done} streams its rows).
     */
    static <T> void forEach(int runs, int workers, IntFunction<T> task, ObjIntConsumer<T> done) {
        if (runs < 1) {
            throw new IllegalArgumentException("--runs " + runs + " is out of range: must be >= 1");
        }
        if (workers < 1) {
            throw new IllegalArgumentException("the number of worker threads (" + workers + ") must be >= 1");
        }
        if (workers == 1 || runs == 1) {
            for (int r = 0; r < runs; r++) {
                done.accept(task.apply(r), r);
            }
            return;
        }
        int threads = Math.min(workers, runs);
        ExecutorService pool = Executors.newFixedThreadPool(threads, job -> {
            Thread t = new Thread(job, "re-run");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<T>> inFlight = new ArrayDeque<>();
            int submitted = 0;
            for (int r = 0; r < runs; r++) {
                while (submitted < runs && inFlight.size() < 2 * threads) {
                    int rr = submitted++;
                    inFlight.add(pool.submit(() -> task.apply(rr)));
                }
                done.accept(inFlight.removeFirst().get(), r);
            }
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
