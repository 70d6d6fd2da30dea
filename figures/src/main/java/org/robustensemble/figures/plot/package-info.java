/**
 * Plots of figure data with XChart: a {@link org.robustensemble.figures.plot.Panel} is one chart (axis titles with
 * the quantity, a legend, series drawn as lines or markers, optional error bars and asymmetric intervals such as
 * Wilson score intervals); {@link org.robustensemble.figures.plot.Plots} lays one or more panels side by side and
 * writes them as PNG (raster) and SVG (vector, VectorGraphics2D). The plots take numbers only: what the numbers
 * mean is the recipe's business.
 */
package org.robustensemble.figures.plot;
