package org.robustensemble.figures.study;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The durable record of a study's finished tasks: a directory with a manifest ({@value #MANIFEST}: name, variant,
 * columns, task list, fingerprint) and one file per finished task, {@code t<index>.csv} (first line
 * {@code # key=<task key>}, then its rows). A task file is written to a temporary name, fsynced and renamed into
 * place (then the directory is fsynced), so after a crash (kill -9, power loss) a task file is either complete or
 * absent; temporary leftovers are removed when the store is opened again.
 */
public final class TaskStore {
    /** Name of the manifest file. */
    public static final String MANIFEST = "study.txt";
    private static final Pattern TASK_FILE = Pattern.compile("t(\\d{6})\\.csv");

    private final Path dir;

    /** @param dir the store's directory (created by {@link #open}) */
    public TaskStore(Path dir) {
        this.dir = dir;
    }

    /** @return the directory */
    public Path dir() {
        return dir;
    }

    /**
     * Opens the store for {@code study}: creates it with a manifest, or checks that an existing manifest has the
     * same fingerprint (else the directory holds another computation: IllegalArgumentException).
     */
    public void open(Study study) {
        try {
            Files.createDirectories(dir);
            try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, ".*.tmp")) {
                for (Path p : s) {
                    Files.deleteIfExists(p);
                }
            }
            Path m = dir.resolve(MANIFEST);
            if (Files.exists(m)) {
                Map<String, String> have = manifest();
                if (!study.fingerprint().equals(have.get("fingerprint"))) {
                    throw new IllegalArgumentException(dir + " holds study " + have.get("name") + " (" + have.get("variant")
                            + ") made with other parameters than " + study.name() + " (" + study.variant()
                            + "); use another --out directory or remove it");
                }
            } else {
                writeDurably(m, manifestText(study));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open study directory " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String manifestText(Study study) {
        StringBuilder sb = new StringBuilder();
        sb.append("# re figures study: one file t<index>.csv per finished task\n");
        sb.append("name=").append(study.name()).append('\n');
        sb.append("variant=").append(study.variant()).append('\n');
        sb.append("columns=").append(String.join(",", study.columns())).append('\n');
        sb.append("tasks=").append(study.tasks().size()).append('\n');
        sb.append("fingerprint=").append(study.fingerprint()).append('\n');
        for (int i = 0; i < study.tasks().size(); i++) {
            Task t = study.tasks().get(i);
            sb.append("task.").append(i).append('=').append(t.key()).append(" | ")
                    .append(String.join(" ; ", t.command())).append('\n');
        }
        return sb.toString();
    }

    /** @return whether the directory has a manifest */
    public boolean exists() {
        return Files.isRegularFile(dir.resolve(MANIFEST));
    }

    /** @return the manifest's key=value lines (name, variant, columns, tasks, fingerprint, task.i) */
    public Map<String, String> manifest() {
        Path m = dir.resolve(MANIFEST);
        try {
            Map<String, String> out = new LinkedHashMap<>();
            for (String line : Files.readAllLines(m, StandardCharsets.UTF_8)) {
                int eq = line.indexOf('=');
                if (!line.startsWith("#") && eq > 0) {
                    out.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
            return out;
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(dir + " is not a study directory (no " + MANIFEST + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + m + ": " + e.getMessage(), e);
        }
    }

    /** @return the indices of the finished tasks, ascending */
    public TreeSet<Integer> finished() {
        TreeSet<Integer> out = new TreeSet<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "t*.csv")) {
            for (Path p : s) {
                Matcher mt = TASK_FILE.matcher(p.getFileName().toString());
                if (mt.matches()) {
                    out.add(Integer.parseInt(mt.group(1)));
                }
            }
        } catch (NoSuchFileException e) {
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** @return the file of task {@code index} */
    public Path file(int index) {
        return dir.resolve(String.format("t%06d.csv", index));
    }

    /** Stores task {@code index}'s rows durably (fsync, atomic rename, directory fsync). */
    public void write(int index, String key, List<String> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("# key=").append(key).append('\n');
        for (String r : rows) {
            if (r.indexOf('\n') >= 0) {
                throw new IllegalStateException("task " + key + ": a row contains a line break");
            }
            sb.append(r).append('\n');
        }
        try {
            writeDurably(file(index), sb.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store task " + key + " in " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * @return the rows of task {@code index}, checking that the file belongs to the task {@code key}
     */
    public List<String> read(int index, String key) {
        Path f = file(index);
        try {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            String head = "# key=" + key;
            if (lines.isEmpty() || !lines.get(0).equals(head)) {
                throw new IllegalArgumentException(f + " is not task '" + key + "' (its first line is '"
                        + (lines.isEmpty() ? "" : lines.get(0)) + "')");
            }
            return new ArrayList<>(lines.subList(1, lines.size()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
        }
    }

    /** Copies task {@code index}'s file from {@code other} into this store (durably). */
    public void copyFrom(TaskStore other, int index) {
        try {
            writeDurably(file(index), Files.readString(other.file(index), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy task " + index + " from " + other.dir() + ": " + e.getMessage(), e);
        }
    }

    private static void writeDurably(Path target, String text) throws IOException {
        DurableFiles.write(target, text.getBytes(StandardCharsets.UTF_8));
    }
}
