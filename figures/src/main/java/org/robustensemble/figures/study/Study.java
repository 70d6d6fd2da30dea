package org.robustensemble.figures.study;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * A named list of independent tasks with one column layout. Its identity (the {@link #fingerprint()}) is the
 * name, the variant ({@code quick}/{@code full}), the columns and every task's key and command: two stores with
 * the same fingerprint hold rows of the same computation and can be merged.
 *
 * @param name    study name (the figure's name)
 * @param variant the size variant, e.g. {@code quick} or {@code full}
 * @param columns the CSV columns of every task's rows
 * @param tasks   the tasks, in the order of the final rows
 */
public record Study(String name, String variant, List<String> columns, List<Task> tasks) {

    public Study {
        columns = List.copyOf(columns);
        tasks = List.copyOf(tasks);
        Set<String> keys = new HashSet<>();
        for (Task t : tasks) {
            if (!keys.add(t.key())) {
                throw new IllegalArgumentException("study " + name + ": duplicate task key '" + t.key() + "'");
            }
        }
    }

    /** @return SHA-256 (hex) of name, variant, columns and every task's key and command */
    public String fingerprint() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            StringBuilder sb = new StringBuilder();
            sb.append(name).append('\n').append(variant).append('\n').append(String.join(",", columns)).append('\n');
            for (Task t : tasks) {
                sb.append(t.key()).append('\t').append(String.join(" ; ", t.command())).append('\n');
            }
            return HexFormat.of().formatHex(md.digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the summed per-task CPU estimate in seconds */
    public double estimatedSeconds() {
        return tasks.stream().mapToDouble(Task::estimatedSeconds).sum();
    }
}
