package org.robustensemble.figures.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * One chart: title, axis titles (quantity and symbol), series, optional horizontal and vertical reference lines
 * (e.g. the zero line and alpha_U in the break-up figure).
 */
public final class Panel {
    /** How a series is drawn. */
    public enum Style {
        /** connected points without markers (theory curves) */
        LINE,
        /** markers connected by thin lines (measured points) */
        LINE_MARKERS,
        /** markers only */
        MARKERS,
        /** a dashed line (reference curves such as H2(d)) */
        DASHED
    }

    /**
     * A series. {@code lo}/{@code hi} (both or neither): an interval around each point, e.g. the Wilson 95%
     * interval of a success probability or mean +- standard error.
     */
    public record Series(String name, double[] x, double[] y, double[] lo, double[] hi, Style style) {
        public Series {
            if (x.length != y.length || (lo == null) != (hi == null) || (lo != null && (lo.length != x.length || hi.length != x.length))) {
                throw new IllegalArgumentException("series " + name + ": arrays of different lengths");
            }
        }
    }

    /** A straight reference line: horizontal at {@code value} if {@code horizontal}, else vertical. */
    public record Guide(String name, double value, boolean horizontal) {
    }

    private final String title;
    private final String xTitle;
    private final String yTitle;
    private final List<Series> series = new ArrayList<>();
    private final List<Guide> guides = new ArrayList<>();
    private boolean logX;
    private boolean legendInsideNw;

    /** @param xTitle, yTitle axis titles naming the quantity, e.g. "distance d" */
    public Panel(String title, String xTitle, String yTitle) {
        this.title = title;
        this.xTitle = xTitle;
        this.yTitle = yTitle;
    }

    /** Adds a series without intervals. */
    public Panel add(String name, double[] x, double[] y, Style style) {
        series.add(new Series(name, x, y, null, null, style));
        return this;
    }

    /** Adds a series with an interval [lo, hi] at each point. */
    public Panel add(String name, double[] x, double[] y, double[] lo, double[] hi, Style style) {
        series.add(new Series(name, x, y, lo, hi, style));
        return this;
    }

    /** Adds a reference line. */
    public Panel guide(String name, double value, boolean horizontal) {
        guides.add(new Guide(name, value, horizontal));
        return this;
    }

    /** Logarithmic x axis. */
    public Panel logX() {
        this.logX = true;
        return this;
    }

    public String title() {
        return title;
    }

    public String xTitle() {
        return xTitle;
    }

    public String yTitle() {
        return yTitle;
    }

    public List<Series> series() {
        return List.copyOf(series);
    }

    public List<Guide> guides() {
        return List.copyOf(guides);
    }

    /** Puts the legend inside the plot, top left (for many series of rising curves); default: below the plot. */
    public Panel legendInsideTopLeft() {
        this.legendInsideNw = true;
        return this;
    }

    public boolean isLegendInsideTopLeft() {
        return legendInsideNw;
    }

    public boolean isLogX() {
        return logX;
    }
}
