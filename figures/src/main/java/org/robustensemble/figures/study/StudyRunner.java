package org.robustensemble.figures.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.robustensemble.figures.progress.Progress;

/**
 * Runs the unfinished tasks of one shard of a study on a fixed number of threads, storing each task's rows in
 * the {@link TaskStore} as soon as it finishes. Tasks already in the store are skipped, so the same call after an
 * interruption resumes. A failing task stops the study: tasks not yet started are cancelled, the ones in flight
 * still finish and are stored, and the failure is rethrown (a RuntimeException as itself).
 */
public final class StudyRunner {
    private StudyRunner() {
    }

    /**
     * What a run did.
     *
     * @param total        tasks of the study
     * @param inShard      tasks of the shard
     * @param alreadyDone  tasks of the shard found in the store
     * @param ran          tasks computed now
     * @param complete     whether the store now holds every task of the study
     */
    public record Outcome(int total, int inShard, int alreadyDone, int ran, boolean complete) {
    }

    /**
     * @param jobs     worker threads (>= 1)
     * @param progress makes the progress report from (total of the shard, already done)
     */
    public static Outcome run(Study study, TaskStore store, Shard shard, int jobs, ProgressFactory progress) {
        if (jobs < 1) {
            throw new IllegalArgumentException("--jobs " + jobs + " is out of range: need >= 1");
        }
        store.open(study);
        Set<Integer> done = store.finished();
        List<Integer> todo = new ArrayList<>();
        int inShard = 0;
        int already = 0;
        for (int i = 0; i < study.tasks().size(); i++) {
            if (shard.contains(i)) {
                inShard++;
                if (done.contains(i)) {
                    already++;
                } else {
                    todo.add(i);
                }
            }
        }
        try (Progress p = progress.create(inShard, already)) {
            if (jobs == 1 || todo.size() <= 1) {
                for (int i : todo) {
                    runOne(study, store, i);
                    p.step();
                }
            } else {
                runParallel(study, store, todo, jobs, p);
            }
        }
        boolean complete = store.finished().size() == study.tasks().size();
        return new Outcome(study.tasks().size(), inShard, already, todo.size(), complete);
    }

    private static void runParallel(Study study, TaskStore store, List<Integer> todo, int jobs, Progress p) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, todo.size()), job -> {
            Thread t = new Thread(job, "re-study");
            t.setDaemon(true);
            return t;
        });
        List<Future<?>> futures = new ArrayList<>();
        try {
            for (int i : todo) {
                futures.add(pool.submit(() -> {
                    runOne(study, store, i);
                    p.step();
                    return null;
                }));
            }
            RuntimeException first = null;
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (first == null) {
                        first = e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
                        futures.forEach(g -> g.cancel(false));
                    }
                } catch (java.util.concurrent.CancellationException e) {
                    // cancelled after an earlier failure
                }
            }
            if (first != null) {
                throw first;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdown();
        }
    }

    private static void runOne(Study study, TaskStore store, int i) {
        Task t = study.tasks().get(i);
        List<String> rows;
        try {
            rows = t.body().rows();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("task " + t.key() + ": " + e.getMessage(), e);
        }
        store.write(i, t.key(), rows);
    }

    /** @return the rows of a complete study in task order (IllegalArgumentException naming a missing task) */
    public static List<String> rows(Study study, TaskStore store) {
        Set<Integer> done = store.finished();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < study.tasks().size(); i++) {
            Task t = study.tasks().get(i);
            if (!done.contains(i)) {
                throw new IllegalArgumentException(study.name() + ": task " + i + " (" + t.key() + ") is missing in " + store.dir());
            }
            out.addAll(store.read(i, t.key()));
        }
        return out;
    }

    /** Makes the progress report of a run. */
    @FunctionalInterface
    public interface ProgressFactory {
        /** @return a progress for {@code total} tasks of which {@code initial} are done */
        Progress create(long total, long initial);

        /** No report. */
        static ProgressFactory silent() {
            return (total, initial) -> {
                Progress p = Progress.silent(total);
                p.advance(initial);
                return p;
            };
        }
    }
}
