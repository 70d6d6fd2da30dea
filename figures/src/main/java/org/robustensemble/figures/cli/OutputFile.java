package org.robustensemble.figures.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A file a command writes ({@code --out}, {@code --save-weights}, ...), with the toolkit's rules for the user's
 * files:
 * <ul>
 *   <li>the path is checked before any work ({@link #check}): a missing parent directory, a directory, or an
 *       unwritable place is bad input (exit 2); nothing is created on the way;</li>
 *   <li>a symbolic link is followed: its target is written and the link stays;</li>
 *   <li>a regular file (or a new one) is replaced atomically: the text goes to {@code .NAME.PID.N.partial} in the
 *       same directory, which is renamed over NAME when the command succeeds. An existing file keeps its
 *       permission bits (and owner and group where allowed); a new file gets the umask's mode. A killed or failed
 *       run leaves NAME untouched and its finished rows in the partial file;</li>
 *   <li>anything else that exists (a device such as /dev/null, a FIFO) is written through, never replaced;</li>
 *   <li>every write is checked: a failed write is an {@link UncheckedIOException} (exit 1).</li>
 * </ul>
 */
final class OutputFile {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    /** Files opened and not yet committed (their partial names are reported if the command fails). */
    private static final Set<OutputFile> OPEN = new LinkedHashSet<>();

    private final Path target;
    private final boolean replace;
    private Path partial;
    private PrintWriter writer;

    private OutputFile(Path target, boolean replace) {
        this.target = target;
        this.replace = replace;
    }

    /**
     * Checks that {@code file} can be written (see the class comment), without creating anything.
     *
     * @param option the option that named the file, for messages
     * @return the file to open later
     * @throws IllegalArgumentException naming the option and the reason
     */
    static OutputFile check(Path file, String option) {
        Path p = file.toAbsolutePath().normalize();
        for (int links = 0; Files.isSymbolicLink(p); links++) {
            if (links > 40) {
                throw new IllegalArgumentException(option + " " + file + ": too many levels of symbolic links");
            }
            try {
                p = p.resolveSibling(Files.readSymbolicLink(p)).toAbsolutePath().normalize();
            } catch (IOException e) {
                throw new IllegalArgumentException(option + " " + file + ": cannot read the link: " + e.getMessage());
            }
        }
        if (Files.isDirectory(p)) {
            throw new IllegalArgumentException(option + " " + file + " is a directory, not a file");
        }
        Path dir = p.getParent();
        if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                if (!Files.isWritable(p)) {
                    throw new IllegalArgumentException(option + " " + file + " is not writable");
                }
                return new OutputFile(p, false); // a device or FIFO: written through
            }
            if (!Files.isWritable(p)) {
                throw new IllegalArgumentException(option + " " + file + " is not writable");
            }
            // a file in a directory we may not create in is rewritten in place (not atomically)
            return new OutputFile(p, Files.isWritable(dir));
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IllegalArgumentException(option + " " + file + ": directory " + dir
                    + " does not exist (create it first)");
        }
        if (!Files.isWritable(dir)) {
            throw new IllegalArgumentException(option + " " + file + ": directory " + dir + " is not writable");
        }
        return new OutputFile(p, true);
    }

    /**
     * Runs a writer that replaces {@code file} atomically by itself (InstanceFormat, Messages: a temporary file of
     * mode 0600 renamed over the target) under the same rules: a link's target is written (the link stays), a
     * device or FIFO is refused (bad input), and the file keeps its mode (a new file: the umask's).
     *
     * @param write writes the file at the path it is given
     */
    static void replace(Path file, String option, Consumer<Path> write) {
        OutputFile f = check(file, option);
        if (Files.exists(f.target) && !Files.isRegularFile(f.target)) {
            throw new IllegalArgumentException(option + " " + file + " is not a regular file: give a file name");
        }
        boolean created = false;
        try {
            if (!Files.exists(f.target)) {
                Files.createFile(f.target); // mode 0666 minus the umask, kept below
                created = true;
            }
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(f.target);
            write.accept(f.target);
            Files.setPosixFilePermissions(f.target, mode);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (created) {
                try {
                    Files.deleteIfExists(f.target);
                } catch (IOException ignored) {
                    // the write failed already; that is the error to report
                }
            }
            throw e;
        }
    }

    /** @return the file written (the target of a link) */
    Path target() {
        return target;
    }

    /** Opens the file for writing (a regular file: its partial file). */
    PrintWriter open() {
        try {
            OutputStream os;
            if (replace) {
                String name = "." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
                        + COUNTER.incrementAndGet() + ".partial";
                partial = target.resolveSibling(name);
                // created with the default mode (0666 minus the umask), not createTempFile's 0600
                os = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } else {
                os = Files.newOutputStream(target, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
            }
            writer = new PrintWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8));
            synchronized (OPEN) {
                OPEN.add(this);
            }
            return writer;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Closes the file and, for a replaced file, renames the partial file into place keeping the old mode. */
    void commit() {
        writer.flush();
        boolean failed = writer.checkError();
        writer.close();
        synchronized (OPEN) {
            OPEN.remove(this);
        }
        if (failed) {
            String what = "cannot write " + (replace ? partial : target) + " (disk full?)";
            throw new UncheckedIOException(what, new IOException(what));
        }
        if (!replace) {
            return;
        }
        try {
            keepAttributes();
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage()
                    + " (the output is in " + partial + ")", e);
        }
    }

    /** An existing target's permission bits, owner and group go to the partial file before the rename. */
    private void keepAttributes() throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (view == null || !Files.exists(target)) {
            return;
        }
        PosixFileAttributes old = view.readAttributes();
        PosixFileAttributeView now = Files.getFileAttributeView(partial, PosixFileAttributeView.class);
        PosixFileAttributes cur = now.readAttributes();
        try {
            if (!cur.group().equals(old.group())) {
                now.setGroup(old.group());
            }
            if (!cur.owner().equals(old.owner())) {
                now.setOwner(old.owner());
            }
        } catch (IOException e) {
            // only the owner (or root) may change them: the new file then belongs to the user who wrote it
        }
        now.setPermissions(old.permissions());
    }

    /** Checks a writer after a flush; a failed write is an {@link UncheckedIOException} naming {@code what}. */
    static void checked(PrintWriter w, String what) {
        w.flush();
        if (w.checkError()) {
            throw new UncheckedIOException("cannot write " + what, new IOException("cannot write " + what));
        }
    }

    /**
     * Closes the files of a failed command and reports where their finished rows are.
     *
     * @param err where to report
     */
    static void abandonOpen(PrintWriter err) {
        synchronized (OPEN) {
            for (OutputFile f : OPEN) {
                f.writer.close();
                err.println(f.replace ? "re: " + f.target + " left unchanged; the rows finished before the failure are in "
                        + f.partial : "re: the rows finished before the failure were written to " + f.target);
            }
            OPEN.clear();
        }
    }
}
