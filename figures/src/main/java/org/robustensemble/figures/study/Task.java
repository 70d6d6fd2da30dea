package org.robustensemble.figures.study;

import java.util.List;

/**
 * One independent unit of a study: a parameter point x an instance seed. Its rows are a deterministic function
 * of its parameters (no timing columns), so a task computed twice gives the same bytes.
 *
 * @param key              unique, human-readable identity within the study (e.g. {@code "sa alpha=0.4 seed=3"})
 * @param command          the {@code re ...} command(s) that reproduce the task's rows, for provenance
 * @param estimatedSeconds a CPU-time estimate from measured per-unit costs (for {@code figures list} and SLURM
 *                         time limits)
 * @param body             computes the rows
 */
public record Task(String key, List<String> command, double estimatedSeconds, Body body) {

    /** The computation of a task: CSV data lines in the study's columns. */
    @FunctionalInterface
    public interface Body {
        /** @return the rows (CSV lines without header) */
        List<String> rows() throws Exception;
    }

    public Task {
        if (key == null || key.isBlank() || key.contains("\n")) {
            throw new IllegalArgumentException("task key must be one non-empty line: '" + key + "'");
        }
        command = List.copyOf(command);
        if (!(estimatedSeconds >= 0)) {
            throw new IllegalArgumentException("task " + key + ": estimated seconds " + estimatedSeconds + " must be >= 0");
        }
    }
}
