package org.robustensemble.validation.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.robustensemble.validation.suite.CheckResult;
import org.robustensemble.validation.suite.Plot;
import org.robustensemble.validation.suite.Row;

/**
 * Writes the suite's report: {@code report.md} (per check what it compares, the sizes and instances, the rule of
 * the allowance, the table of rows and the negative control) and one PNG plot per check ({@code NAME.png}: theory
 * as lines, measurements as points with one-standard-error bars), rendered headless with XChart.
 */
public final class ReportWriter {
    private ReportWriter() {
    }

    /**
     * @param dir      output directory (created)
     * @param results  the checks' results
     * @param header   lines under the title (command, size, seed, runtime)
     */
    public static void write(Path dir, List<CheckResult> results, List<String> header) {
        System.setProperty("java.awt.headless", "true");
        try {
            Files.createDirectories(dir);
            StringBuilder md = new StringBuilder("# Validation report: theory against measurement\n\n");
            for (String h : header) {
                md.append("- ").append(h).append('\n');
            }
            long passed = results.stream().filter(CheckResult::passed).count();
            md.append(String.format(Locale.ROOT, "- result: %d of %d checks pass%n%n", passed, results.size()));
            md.append("| check | rows | passing | negative control fails | result |\n|---|---|---|---|---|\n");
            for (CheckResult r : results) {
                md.append(String.format(Locale.ROOT, "| %s | %d | %d | %s | %s |%n", r.name(), r.rows().size(),
                        r.rows().stream().filter(Row::pass).count(), r.controlFails() ? "yes" : "NO", r.passed() ? "pass" : "FAIL"));
            }
            for (CheckResult r : results) {
                md.append("\n## ").append(r.name()).append(r.passed() ? " (pass)" : " (FAIL)").append("\n\n");
                md.append(r.compares()).append("\n\n");
                md.append("**Setup.** ").append(r.setup()).append("\n\n");
                md.append("**Allowance.** ").append(r.allowance()).append("\n\n");
                md.append(table(r.rows()));
                long failing = r.controlRows().stream().filter(x -> !x.pass()).count();
                md.append(String.format(Locale.ROOT, "%n**Negative control.** The same measurement against %s: %d of %d rows"
                        + " fail (%s).%n%n", r.control(), failing, r.controlRows().size(),
                        failing > 0 ? "as they must" : "DEFECT: the check cannot fail"));
                String png = r.name() + ".png";
                plot(r.plot(), dir.resolve(png));
                md.append("![").append(r.name()).append("](").append(png).append(")\n");
            }
            Files.writeString(dir.resolve("report.md"), md.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + dir + ": " + e.getMessage(), e);
        }
    }

    static String table(List<Row> rows) {
        StringBuilder sb = new StringBuilder(
                "| quantity | parameters | theory | measured | std error | allowance | measured - theory | pass |\n"
                        + "|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "| %s | %s | %.6f | %.6f | %.6f | %.6f | %+.6f | %s |%n",
                    r.quantity().replace("<", "&lt;").replace(">", "&gt;"), r.parameters(), r.theory(), r.measured(),
                    r.stdError(), r.allowance(), r.distance(), r.pass() ? "yes" : "**NO**"));
        }
        return sb.toString();
    }

    /** Renders one plot as a PNG (NaN points are left out). */
    static void plot(Plot p, Path file) throws IOException {
        XYChart chart = new XYChartBuilder().width(900).height(600).title(p.title()).xAxisTitle(p.xLabel())
                .yAxisTitle(p.yLabel()).build();
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
        chart.getStyler().setMarkerSize(7);
        for (Plot.Series s : p.series()) {
            List<double[]> keep = new ArrayList<>();
            for (int i = 0; i < s.x().length; i++) {
                double e = s.error() == null ? 0 : s.error()[i];
                if (Double.isFinite(s.x()[i]) && Double.isFinite(s.y()[i]) && Double.isFinite(e)) {
                    keep.add(new double[] {s.x()[i], s.y()[i], e});
                }
            }
            if (keep.isEmpty()) {
                continue;
            }
            double[] x = keep.stream().mapToDouble(v -> v[0]).toArray();
            double[] y = keep.stream().mapToDouble(v -> v[1]).toArray();
            XYSeries series;
            if (s.line()) {
                series = chart.addSeries(s.name(), x, y);
                series.setMarker(SeriesMarkers.NONE);
            } else {
                series = chart.addSeries(s.name(), x, y, keep.stream().mapToDouble(v -> v[2]).toArray());
                series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            }
        }
        BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
    }
}
