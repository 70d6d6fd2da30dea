package org.robustensemble.validation.suite;

import java.util.List;

/**
 * What the report draws for one check: theory curves (lines) and measured points with error bars.
 *
 * @param title  the plot's title
 * @param xLabel x axis
 * @param yLabel y axis
 * @param series the series
 */
public record Plot(String title, String xLabel, String yLabel, List<Series> series) {

    /**
     * One series.
     *
     * @param name   legend entry
     * @param x      abscissae
     * @param y      ordinates
     * @param error  error bars (one standard error), or {@code null} for a theory line
     */
    public record Series(String name, double[] x, double[] y, double[] error) {
        /** @return whether this is a theory line (no error bars) */
        public boolean line() {
            return error == null;
        }
    }
}
