package org.robustensemble.figures.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV result in the toolkit's output contract: {@code # key=value} provenance lines (version, command,
 * parameters, seed), one header row of snake_case column names, then data rows. Numbers are printed with 12
 * significant digits; a missing value is an empty field.
 *
 * <p>Two ways to write it. Buffered: add everything, then {@link #emit} writes the whole table. Streamed: after
 * the provenance known up front, {@link #stream} writes it and the header, and from then on every {@link #row}
 * is written and flushed at once (so a killed run keeps the rows it finished); a {@link #meta} line added later
 * (a result known only at the end) follows the rows it was added after; {@link #emit} then finishes the table.
 * Stdout and {@code --out FILE} follow {@link OutputFile}'s rules (atomic replace of a regular file, write-through
 * of a device, every write checked: a failed write is an {@link UncheckedIOException}, exit 1).
 */
public final class CsvTable {
    private final Map<String, String> provenance = new LinkedHashMap<>();
    private final List<String> columns;
    private final List<String> rows = new ArrayList<>();
    private int count;
    /** While streaming: where the rows go, and the file to commit at the end ({@code null}: stdout). */
    private PrintWriter sink;
    private OutputFile file;

    /** @param command the command line that produced the table (for provenance) */
    public CsvTable(String command, String... columns) {
        provenance.put("re_version", Version.VERSION);
        provenance.put("command", command);
        this.columns = List.of(columns);
    }

    /** Adds a provenance line {@code # key=value} (while streaming: written at once, after the rows so far). */
    public synchronized CsvTable meta(String key, Object value) {
        String v = String.valueOf(value);
        provenance.put(key, v);
        if (sink != null) {
            sink.print(metaLine(key, v));
            checked();
        }
        return this;
    }

    /** Adds a data row; values are numbers (formatted), strings, booleans or {@code null} (empty field). */
    public synchronized CsvTable row(Object... values) {
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
        count++;
        if (sink != null) {
            sink.print(sb + "\n");
            checked();
        } else {
            rows.add(sb.toString());
        }
        return this;
    }

    /** @return the number of data rows */
    public synchronized int size() {
        return count;
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

    private static String metaLine(String key, String value) {
        return "# " + key + "=" + value.replace('\n', ' ') + "\n";
    }

    private String head() {
        StringBuilder sb = new StringBuilder();
        provenance.forEach((k, v) -> sb.append(metaLine(k, v)));
        sb.append(String.join(",", columns)).append('\n');
        return sb.toString();
    }

    /** @return the full text of a buffered table */
    public synchronized String render() {
        StringBuilder sb = new StringBuilder(head());
        for (String r : rows) {
            sb.append(r).append('\n');
        }
        return sb.toString();
    }

    /**
     * Starts streaming: writes the provenance so far and the header to {@code out}, or to {@code file} if it is not
     * {@code null}; later rows are written as they are added. Call {@link #emit} at the end.
     */
    public synchronized CsvTable stream(PrintWriter out, Path file) {
        if (sink != null || !rows.isEmpty()) {
            throw new IllegalStateException("stream() must come before the first row");
        }
        this.file = file == null ? null : OutputFile.check(file, "--out");
        sink = this.file == null ? out : this.file.open();
        sink.print(head());
        checked();
        return this;
    }

    private void checked() {
        OutputFile.checked(sink, file == null ? "the CSV to standard output" : String.valueOf(file.target()));
    }

    /**
     * Writes the table to {@code out}, or atomically to {@code file} if it is not {@code null}; a streamed table
     * (arguments ignored: they were given to {@link #stream}) is finished and its file put in place.
     */
    public synchronized void emit(PrintWriter out, Path file) {
        if (sink == null) {
            String text = render();
            this.file = file == null ? null : OutputFile.check(file, "--out");
            sink = this.file == null ? out : this.file.open();
            sink.print(text);
        }
        checked();
        if (this.file != null) {
            this.file.commit();
        }
    }
}
