package org.robustensemble.figures.recipe;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A parsed CSV result of the toolkit's contract: {@code # key=value} provenance lines, one header, rows (fields
 * kept as printed, so rows copied from a command's output are bit-identical to it).
 */
public final class Table {
    private final Map<String, String> meta;
    private final List<String> header;
    private final List<String[]> rows;

    private Table(Map<String, String> meta, List<String> header, List<String[]> rows) {
        this.meta = meta;
        this.header = header;
        this.rows = rows;
    }

    /** Parses CSV text. */
    public static Table parse(String text) {
        Map<String, String> meta = new TreeMap<>();
        List<String> header = null;
        List<String[]> rows = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                int eq = line.indexOf('=');
                if (eq > 2) {
                    meta.put(line.substring(2, eq).strip(), line.substring(eq + 1));
                }
                continue;
            }
            if (header == null) {
                header = List.of(line.split(",", -1));
            } else {
                String[] f = line.split(",", -1);
                if (f.length != header.size()) {
                    throw new IllegalStateException("CSV row '" + line + "' has " + f.length + " fields for " + header.size() + " columns");
                }
                rows.add(f);
            }
        }
        if (header == null) {
            throw new IllegalStateException("CSV without header");
        }
        return new Table(meta, header, rows);
    }

    /** @return a table of the given columns and rows */
    public static Table of(List<String> header, List<String> lines) {
        StringBuilder sb = new StringBuilder(String.join(",", header)).append('\n');
        lines.forEach(l -> sb.append(l).append('\n'));
        return parse(sb.toString());
    }

    /** @return the provenance value, or null */
    public String meta(String key) {
        return meta.get(key);
    }

    public List<String> header() {
        return header;
    }

    public List<String[]> rows() {
        return rows;
    }

    /** @return the index of column {@code name} (IllegalStateException if absent) */
    public int col(String name) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IllegalStateException("no column " + name + " in " + header);
        }
        return i;
    }

    /** @return the field {@code name} of row {@code r} */
    public String get(String[] r, String name) {
        return r[col(name)];
    }

    /** @return the field as a number ("inf" allowed; an empty field is NaN) */
    public double num(String[] r, String name) {
        return number(r[col(name)]);
    }

    /** Parses a printed number; "inf"/"-inf" allowed, empty -> NaN. */
    public static double number(String s) {
        if (s.isEmpty()) {
            return Double.NaN;
        }
        if (s.equals("inf")) {
            return Double.POSITIVE_INFINITY;
        }
        if (s.equals("-inf")) {
            return Double.NEGATIVE_INFINITY;
        }
        return Double.parseDouble(s);
    }

    /** @return the rows whose column {@code name} equals {@code value} */
    public List<String[]> where(String name, String value) {
        int c = col(name);
        List<String[]> out = new ArrayList<>();
        for (String[] r : rows) {
            if (r[c].equals(value)) {
                out.add(r);
            }
        }
        return out;
    }

    /** @return the distinct values of a column in order of first appearance */
    public List<String> distinct(String name) {
        int c = col(name);
        List<String> out = new ArrayList<>();
        for (String[] r : rows) {
            if (!out.contains(r[c])) {
                out.add(r[c]);
            }
        }
        return out;
    }
}
