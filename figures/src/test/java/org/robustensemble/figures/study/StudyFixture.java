package org.robustensemble.figures.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A study of deterministic, slow-enough tasks for the kill-and-resume test: task i sleeps {@code millis} and
 * returns rows computed from i alone (a few steps of a 64-bit LCG). {@link #main} runs it in a separate JVM so that
 * the test can kill that process with SIGKILL mid-run.
 */
public final class StudyFixture {
    private StudyFixture() {
    }

    /** @return the fixture study of {@code n} tasks */
    public static Study study(int n, long millis) {
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int ii = i;
            tasks.add(new Task("point=" + i, List.of("fixture " + i), millis / 1000.0, () -> {
                Thread.sleep(millis);
                long x = 0x9E3779B97F4A7C15L * (ii + 1);
                List<String> rows = new ArrayList<>();
                for (int r = 0; r < 3; r++) {
                    x = x * 6364136223846793005L + 1442695040888963407L;
                    rows.add(ii + "," + r + "," + Long.toUnsignedString(x >>> 11));
                }
                return rows;
            }));
        }
        return new Study("fixture", "test", List.of("task", "row", "value"), tasks);
    }

    /** args: DIR TASKS MILLIS JOBS */
    public static void main(String[] args) {
        Study s = study(Integer.parseInt(args[1]), Long.parseLong(args[2]));
        StudyRunner.run(s, new TaskStore(Path.of(args[0])), Shard.ALL, Integer.parseInt(args[3]),
                StudyRunner.ProgressFactory.silent());
    }
}
