package org.robustensemble.figures.recipe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.robustensemble.figures.cli.CsvTable;
import org.robustensemble.figures.plot.Panel;
import org.robustensemble.figures.study.Task;

/**
 * Helpers shared by the recipes: tasks that run one command and map its rows, the CSV line of a row, and the
 * series of success probabilities with Wilson intervals or means with standard errors.
 */
final class Rows {
    private Rows() {
    }

    /** @return a CSV line: numbers with 12 significant digits (the CLI's format), strings as they are */
    static String line(Object... values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            Object v = values[i];
            sb.append(v instanceof Double d ? CsvTable.num(d) : String.valueOf(v));
        }
        return sb.toString();
    }

    /** @return a task that runs {@code re args..} and maps its table to rows */
    static Task command(String key, double seconds, List<String> args, Function<Table, List<String>> map) {
        return new Task(key, List.of(Cli.display(args)), seconds, () -> map.apply(Cli.run(args)));
    }

    /** @return the list of arguments */
    static List<String> args(Object... a) {
        List<String> out = new ArrayList<>();
        for (Object o : a) {
            out.add(o instanceof Double d ? CsvTable.num(d) : String.valueOf(o));
        }
        return out;
    }

    /** @return whether a printed field is a finite number */
    static boolean finite(String s) {
        return !s.isEmpty() && Double.isFinite(Table.number(s));
    }

    /**
     * Adds one series per group to {@code panel}: the fraction of successful runs at each x, with the Wilson 95%
     * interval.
     *
     * @param group   the series name of a row
     * @param x       the x value of a row
     * @param success whether a row's run succeeded
     */
    static void successSeries(Panel panel, List<String[]> rows, Function<String[], String> group,
            Function<String[], Double> x, Function<String[], Boolean> success) {
        Map<String, Map<Double, int[]>> counts = new LinkedHashMap<>();
        for (String[] r : rows) {
            int[] c = counts.computeIfAbsent(group.apply(r), g -> new java.util.TreeMap<>())
                    .computeIfAbsent(x.apply(r), v -> new int[2]);
            c[1]++;
            if (success.apply(r)) {
                c[0]++;
            }
        }
        counts.forEach((g, byX) -> {
            int n = byX.size();
            double[] xs = new double[n];
            double[] p = new double[n];
            double[] lo = new double[n];
            double[] hi = new double[n];
            int i = 0;
            for (Map.Entry<Double, int[]> e : byX.entrySet()) {
                xs[i] = e.getKey();
                p[i] = (double) e.getValue()[0] / e.getValue()[1];
                double[] w = Wilson.interval(e.getValue()[0], e.getValue()[1]);
                lo[i] = w[0];
                hi[i] = w[1];
                i++;
            }
            panel.add(g, xs, p, lo, hi, Panel.Style.LINE_MARKERS);
        });
    }

    /** Adds one series per group: the mean of {@code value} at each x with +- one standard error (n >= 2). */
    static void meanSeries(Panel panel, List<String[]> rows, Function<String[], String> group,
            Function<String[], Double> x, Function<String[], Double> value) {
        Map<String, Map<Double, List<Double>>> vals = new LinkedHashMap<>();
        for (String[] r : rows) {
            vals.computeIfAbsent(group.apply(r), g -> new java.util.TreeMap<>())
                    .computeIfAbsent(x.apply(r), v -> new ArrayList<>()).add(value.apply(r));
        }
        vals.forEach((g, byX) -> {
            int n = byX.size();
            double[] xs = new double[n];
            double[] m = new double[n];
            double[] lo = new double[n];
            double[] hi = new double[n];
            int i = 0;
            for (Map.Entry<Double, List<Double>> e : byX.entrySet()) {
                List<Double> v = e.getValue();
                double mean = v.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
                double var = 0;
                for (double d : v) {
                    var += (d - mean) * (d - mean);
                }
                double se = v.size() > 1 ? Math.sqrt(var / (v.size() - 1) / v.size()) : 0;
                xs[i] = e.getKey();
                m[i] = mean;
                lo[i] = mean - se;
                hi[i] = mean + se;
                i++;
            }
            panel.add(g, xs, m, lo, hi, Panel.Style.LINE_MARKERS);
        });
    }

    /** Adds one line series per group of (x, y) points, sorted by x. */
    static void lines(Panel panel, List<String[]> rows, Function<String[], String> group, Function<String[], Double> x,
            Function<String[], Double> y, Panel.Style style) {
        Map<String, java.util.TreeMap<Double, Double>> pts = new LinkedHashMap<>();
        for (String[] r : rows) {
            pts.computeIfAbsent(group.apply(r), g -> new java.util.TreeMap<>()).put(x.apply(r), y.apply(r));
        }
        pts.forEach((g, m) -> panel.add(g, m.keySet().stream().mapToDouble(Double::doubleValue).toArray(),
                m.values().stream().mapToDouble(Double::doubleValue).toArray(), style));
    }

    /** Adds one series of unconnected markers. */
    static void scatter(Panel panel, List<String[]> rows, String name, Function<String[], Double> x,
            Function<String[], Double> y) {
        panel.add(name, rows.stream().mapToDouble(x::apply).toArray(), rows.stream().mapToDouble(y::apply).toArray(),
                Panel.Style.MARKERS);
    }
}
