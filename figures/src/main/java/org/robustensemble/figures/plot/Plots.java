package org.robustensemble.figures.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

import org.robustensemble.figures.study.DurableFiles;

import de.erichseifert.vectorgraphics2d.Document;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;

/**
 * Renders panels side by side with XChart and writes PNG and SVG files (durably: {@link DurableFiles}).
 * Intervals are drawn as error bars centred on the interval's midpoint (an invisible carrier series), so that
 * asymmetric intervals (Wilson) are shown exactly; the point itself is drawn on top.
 */
public final class Plots {
    /** Width of one panel in pixels. */
    public static final int PANEL_WIDTH = 720;
    /** Height of a panel in pixels. */
    public static final int HEIGHT = 500;

    private Plots() {
    }

    /** @return the total width of {@code panels} side by side */
    public static int width(int panels) {
        return PANEL_WIDTH * panels;
    }

    /** Writes {@code panels} side by side to {@code png} and {@code svg}. */
    public static void write(List<Panel> panels, Path png, Path svg) {
        System.setProperty("java.awt.headless", "true");
        List<XYChart> charts = new ArrayList<>();
        for (Panel p : panels) {
            charts.add(chart(p));
        }
        int w = width(charts.size());
        BufferedImage img = new BufferedImage(w, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        paint(g, charts);
        g.dispose();
        VectorGraphics2D vg = new VectorGraphics2D();
        paint(vg, charts);
        Document doc = new SVGProcessor().getDocument(vg.getCommands(), new PageSize(0, 0, w, HEIGHT));
        try {
            ByteArrayOutputStream pngBytes = new ByteArrayOutputStream();
            if (!ImageIO.write(img, "png", pngBytes)) {
                throw new IOException("no PNG writer");
            }
            ByteArrayOutputStream svgBytes = new ByteArrayOutputStream();
            doc.writeTo(svgBytes);
            DurableFiles.write(png, pngBytes.toByteArray());
            DurableFiles.write(svg, svgBytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + png + " / " + svg + ": " + e.getMessage(), e);
        }
    }

    private static void paint(Graphics2D g, List<XYChart> charts) {
        AffineTransform t0 = g.getTransform();
        for (int i = 0; i < charts.size(); i++) {
            g.setTransform(t0);
            g.translate(i * PANEL_WIDTH, 0);
            charts.get(i).paint(g, PANEL_WIDTH, HEIGHT);
        }
        g.setTransform(t0);
    }

    private static final Color[] COLORS = {new Color(0, 90, 181), new Color(220, 50, 32), new Color(0, 140, 70),
        new Color(150, 60, 180), new Color(230, 140, 0), new Color(90, 90, 90), new Color(0, 170, 190),
        new Color(160, 100, 40)};

    static XYChart chart(Panel p) {
        XYChart c = new XYChartBuilder().width(PANEL_WIDTH).height(HEIGHT).title(p.title()).xAxisTitle(p.xTitle())
                .yAxisTitle(p.yTitle()).build();
        if (p.isLegendInsideTopLeft()) {
            c.getStyler().setLegendPosition(LegendPosition.InsideNW);
        } else {
            c.getStyler().setLegendPosition(LegendPosition.OutsideS);
            c.getStyler().setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Horizontal);
        }
        c.getStyler().setChartBackgroundColor(Color.WHITE);
        c.getStyler().setPlotBackgroundColor(Color.WHITE);
        c.getStyler().setLegendBorderColor(Color.LIGHT_GRAY);
        c.getStyler().setErrorBarsColorSeriesColor(true);
        c.getStyler().setMarkerSize(7);
        c.getStyler().setXAxisLogarithmic(p.isLogX());
        c.getStyler().setXAxisDecimalPattern("0.###");
        c.getStyler().setYAxisDecimalPattern("0.###");
        int k = 0;
        for (Panel.Series s : p.series()) {
            if (s.x().length == 0) {
                continue;
            }
            Color col = COLORS[k++ % COLORS.length];
            if (s.lo() != null) {
                double[] mid = new double[s.x().length];
                double[] half = new double[s.x().length];
                for (int i = 0; i < mid.length; i++) {
                    mid[i] = (s.lo()[i] + s.hi()[i]) / 2;
                    half[i] = (s.hi()[i] - s.lo()[i]) / 2;
                }
                XYSeries bars = c.addSeries(s.name() + " (interval)", s.x(), mid, half);
                bars.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
                bars.setMarker(SeriesMarkers.NONE);
                bars.setMarkerColor(col);
                bars.setLineColor(col);
                bars.setShowInLegend(false);
            }
            XYSeries xs = c.addSeries(s.name(), s.x(), s.y());
            xs.setLineColor(col);
            xs.setMarkerColor(col);
            switch (s.style()) {
                case LINE -> {
                    xs.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
                    xs.setMarker(SeriesMarkers.NONE);
                }
                case DASHED -> {
                    xs.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
                    xs.setMarker(SeriesMarkers.NONE);
                    xs.setLineStyle(SeriesLines.DASH_DASH);
                }
                case LINE_MARKERS -> {
                    xs.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
                    xs.setMarker(SeriesMarkers.CIRCLE);
                }
                case MARKERS -> {
                    xs.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
                    xs.setMarker(SeriesMarkers.CIRCLE);
                }
                default -> throw new IllegalStateException();
            }
        }
        for (Panel.Guide gd : p.guides()) {
            double[] xr = range(p, true);
            double[] yr = range(p, false);
            XYSeries gs = gd.horizontal()
                    ? c.addSeries(gd.name(), new double[] {xr[0], xr[1]}, new double[] {gd.value(), gd.value()})
                    : c.addSeries(gd.name(), new double[] {gd.value(), gd.value()}, new double[] {yr[0], yr[1]});
            gs.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
            gs.setMarker(SeriesMarkers.NONE);
            gs.setLineStyle(SeriesLines.DOT_DOT);
            Color col = COLORS[k++ % COLORS.length];
            gs.setLineColor(col);
        }
        return c;
    }

    /** @return [min, max] of the x (or y) values of all series, intervals included */
    private static double[] range(Panel p, boolean x) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Panel.Series s : p.series()) {
            for (int i = 0; i < s.x().length; i++) {
                double v = x ? s.x()[i] : s.y()[i];
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
                if (!x && s.lo() != null) {
                    lo = Math.min(lo, s.lo()[i]);
                    hi = Math.max(hi, s.hi()[i]);
                }
            }
        }
        if (!(lo <= hi)) {
            return new double[] {0, 1};
        }
        return new double[] {lo, hi};
    }
}
