package org.robustensemble.simulation.instance;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Plain-text instance format (version 1), optionally gzip-compressed (file name ending in {@code .gz}).
 *
 * <pre>
 * # robust-ensemble instance v1          (first line, required)
 * # any further line starting with '#' is a comment
 * n 1001                                 (inputs per hidden unit, odd)
 * k 1                                    (hidden units, odd)
 * m 601                                  (patterns)
 * teacher +-+--+...                      (optional: N K characters, '+' or '-')
 * + -++-+--+...                          (m lines: the label, one space, then N characters '+'/'-')
 * </pre>
 * Weights files ({@link #writeWeights}, {@link #readWeights}) hold one line of N K characters '+'/'-' after an
 * optional comment header. Reading rejects anything else with a message naming the line.
 */
public final class InstanceFormat {
    /** The required first line of an instance file. */
    public static final String MAGIC = "# robust-ensemble instance v1";

    private InstanceFormat() {
    }

    /** Writes the instance atomically (temporary file, then move). */
    public static void write(Instance inst, Path file) {
        writeAtomically(file, w -> {
            w.write(MAGIC);
            w.write('\n');
            w.write("n " + inst.n() + "\nk " + inst.k() + "\nm " + inst.m() + "\n");
            if (inst.teacher() != null) {
                w.write("teacher ");
                w.write(signs(inst.teacher()));
                w.write('\n');
            }
            for (int mu = 0; mu < inst.m(); mu++) {
                w.write(inst.labels()[mu] > 0 ? '+' : '-');
                w.write(' ');
                w.write(signs(inst.patterns().row(mu)));
                w.write('\n');
            }
        });
    }

    /** Reads an instance; throws {@link IllegalArgumentException} naming the file and line on malformed input. */
    public static Instance read(Path file) {
        try (BufferedReader r = reader(file)) {
            return parse(r, file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read instance file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses an instance from a reader; {@code name} is used in error messages. */
    public static Instance parse(BufferedReader r, String name) throws IOException {
        String first = r.readLine();
        if (first == null || !first.strip().equals(MAGIC)) {
            throw new IllegalArgumentException(name + ":1: not an instance file (first line must be '" + MAGIC + "')");
        }
        int lineNo = 1;
        Integer n = null;
        Integer k = null;
        Integer m = null;
        byte[] teacher = null;
        List<byte[]> rows = new ArrayList<>();
        List<Byte> labels = new ArrayList<>();
        String line;
        while ((line = r.readLine()) != null) {
            lineNo++;
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            String where = name + ":" + lineNo + ": ";
            if (s.startsWith("n ") || s.startsWith("k ") || s.startsWith("m ")) {
                int v = parseCount(s.substring(2).strip(), where + s.charAt(0));
                switch (s.charAt(0)) {
                    case 'n' -> n = v;
                    case 'k' -> k = v;
                    default -> m = v;
                }
            } else if (s.startsWith("teacher ")) {
                requireHeader(n, k, m, where);
                teacher = parseSigns(s.substring(8).strip(), n * k, where + "teacher");
            } else if ((s.charAt(0) == '+' || s.charAt(0) == '-') && s.length() > 1 && s.charAt(1) == ' ') {
                requireHeader(n, k, m, where);
                labels.add((byte) (s.charAt(0) == '+' ? 1 : -1));
                rows.add(parseSigns(s.substring(2).strip(), n, where + "pattern " + rows.size()));
            } else {
                throw new IllegalArgumentException(where + "unrecognised line (expected 'n', 'k', 'm', 'teacher' or '<label> <pattern>')");
            }
        }
        requireHeader(n, k, m, name + ": ");
        if (rows.size() != m) {
            throw new IllegalArgumentException(name + ": header says m = " + m + " but " + rows.size() + " patterns were found");
        }
        byte[] lab = new byte[m];
        for (int mu = 0; mu < m; mu++) {
            lab[mu] = labels.get(mu);
        }
        try {
            return new Instance(n, k, Patterns.of(n, rows.toArray(new byte[0][])), lab, teacher);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }

    private static void requireHeader(Integer n, Integer k, Integer m, String where) {
        if (n == null || k == null || m == null) {
            throw new IllegalArgumentException(where + "header lines 'n', 'k' and 'm' must come before the data");
        }
    }

    private static int parseCount(String s, String what) {
        try {
            int v = Integer.parseInt(s);
            if (v < 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " = '" + s + "' is not a non-negative integer");
        }
    }

    static byte[] parseSigns(String s, int len, String what) {
        if (s.length() != len) {
            throw new IllegalArgumentException(what + " has " + s.length() + " signs, expected " + len);
        }
        byte[] b = new byte[len];
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c == '+') {
                b[i] = 1;
            } else if (c == '-') {
                b[i] = -1;
            } else {
                throw new IllegalArgumentException(what + " has '" + c + "' at position " + i + ", expected '+' or '-'");
            }
        }
        return b;
    }

    static String signs(byte[] w) {
        StringBuilder sb = new StringBuilder(w.length);
        for (byte b : w) {
            sb.append(b > 0 ? '+' : '-');
        }
        return sb.toString();
    }

    /** Writes +-1 weights (one line of '+'/'-') atomically, after '# ' comment lines. */
    public static void writeWeights(byte[] w, Path file, String... comments) {
        Instance.checkWeights(w, w.length, "weights");
        writeAtomically(file, out -> {
            for (String c : comments) {
                out.write("# " + c + "\n");
            }
            out.write(signs(w));
            out.write('\n');
        });
    }

    /** Reads +-1 weights of the expected length (N K), skipping comment lines. */
    public static byte[] readWeights(Path file, int expectedLength) {
        try (BufferedReader r = reader(file)) {
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                return parseSigns(s, expectedLength, file + ":" + lineNo + ": weights");
            }
            throw new IllegalArgumentException(file + ": no weights line found");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read weights file " + file + ": " + e.getMessage(), e);
        }
    }

    private static BufferedReader reader(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        Reader rd = new InputStreamReader(in, StandardCharsets.US_ASCII);
        return new BufferedReader(rd, 1 << 16);
    }

    /** Something that writes text. */
    @FunctionalInterface
    public interface TextBody {
        void write(Writer w) throws IOException;
    }

    /**
     * Writes a file atomically: the body goes to a temporary file in the same directory, which is then moved
     * over the target, so readers never see a half-written file. Gzip if the name ends in {@code .gz}.
     */
    public static void writeAtomically(Path file, TextBody body) {
        Path abs = file.toAbsolutePath();
        Path dir = abs.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
            OutputStream os = Files.newOutputStream(tmp);
            if (abs.getFileName().toString().endsWith(".gz")) {
                os = new GZIPOutputStream(os, 1 << 16);
            }
            try (Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.US_ASCII), 1 << 16)) {
                body.write(w);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort clean-up of the temporary file
                }
            }
        }
    }
}
