package org.robustensemble.figures.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV result in the toolkit's output contract: {@code # key=value} provenance lines (version, command,
 * parameters, seed), one header row of snake_case column names, then data rows. Numbers are printed with 12
 * significant digits; a missing value is an empty field. Written to stdout or atomically to a file.
 */
public final class CsvTable {
    private final Map<String, String> provenance = new LinkedHashMap<>();
    private final List<String> columns;
    private final List<String> rows = new ArrayList<>();

    /** @param command the command line that produced the table (for provenance) */
    public CsvTable(String command, String... columns) {
        provenance.put("re_version", Version.VERSION);
        provenance.put("command", command);
        this.columns = List.of(columns);
    }

    /** Adds a provenance line {@code # key=value}. */
    public CsvTable meta(String key, Object value) {
        provenance.put(key, String.valueOf(value));
        return this;
    }

    /** Adds a data row; values are numbers (formatted), strings, booleans or {@code null} (empty field). */
    public CsvTable row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalStateException("row has " + values.length + " values for " + columns.size() + " columns");
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(format(values[i]));
        }
        rows.add(sb.toString());
        return this;
    }

    /** @return the number of data rows */
    public int size() {
        return rows.size();
    }

    static String format(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return num(d);
        }
        if (v instanceof Float f) {
            return num(f);
        }
        return v.toString();
    }

    /** Formats a double with 12 significant digits; NaN becomes an empty field, infinities "inf"/"-inf". */
    public static String num(double x) {
        if (Double.isNaN(x)) {
            return "";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0) {
            return "0";
        }
        BigDecimal b = new BigDecimal(x).round(new MathContext(12)).stripTrailingZeros();
        double ax = Math.abs(x);
        return (ax >= 1e-5 && ax < 1e12) ? b.toPlainString() : b.toString();
    }

    /** @return the full text of the table */
    public String render() {
        StringWriter sw = new StringWriter();
        PrintWriter pw = new PrintWriter(sw);
        provenance.forEach((k, v) -> pw.print("# " + k + "=" + v.replace('\n', ' ') + "\n"));
        pw.print(String.join(",", columns) + "\n");
        for (String r : rows) {
            pw.print(r + "\n");
        }
        pw.flush();
        return sw.toString();
    }

    /** Writes the table to {@code out}, or atomically to {@code file} if it is not {@code null}. */
    public void emit(PrintWriter out, Path file) {
        String text = render();
        if (file == null) {
            out.print(text);
            out.flush();
            return;
        }
        Path abs = file.toAbsolutePath();
        try {
            Files.createDirectories(abs.getParent());
            Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".tmp");
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                try {
                    Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
