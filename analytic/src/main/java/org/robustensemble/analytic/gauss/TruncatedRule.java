package org.robustensemble.analytic.gauss;

import java.util.Arrays;

/**
 * Quadrature for the truncated standard normal: E[f(s) | s &gt; lo] ~ sum_i w_i f(s_i), weights normalised to
 * one. Composite Gauss-Legendre in x = s - lo on [0, X], with the density exp(-lo x - x^2/2) (relative to its
 * value at lo) and X chosen where it has fallen by e^-40; panels scale with 1/max(1, lo), the width of the
 * density when the truncation is deep in the tail.
 */
public final class TruncatedRule {
    private final double[] nodes;
    private final double[] weights;

    private TruncatedRule(double[] nodes, double[] weights) {
        this.nodes = nodes;
        this.weights = weights;
    }

    public static TruncatedRule above(double lo, int order) {
        double scale = 1.0 / Math.max(1.0, lo);
        // solve lo x + x^2/2 = 40 for x
        double xMax = lo >= 0 ? -lo + Math.sqrt(lo * lo + 80) : -lo + Math.sqrt(80);
        int panels = (int) Math.ceil(xMax / (0.75 * scale));
        double[][] gl = GaussianRule.legendre(order);
        double[] z = new double[panels * order];
        double[] w = new double[panels * order];
        double width = xMax / panels;
        double sum = 0;
        int k = 0;
        for (int pnl = 0; pnl < panels; pnl++) {
            double mid = (pnl + 0.5) * width;
            for (int j = 0; j < order; j++) {
                double x = mid + 0.5 * width * gl[0][j];
                z[k] = lo + x;
                w[k] = 0.5 * width * gl[1][j] * Math.exp(-lo * x - 0.5 * x * x);
                sum += w[k];
                k++;
            }
        }
        for (int i = 0; i < k; i++) {
            w[i] /= sum;
        }
        return new TruncatedRule(Arrays.copyOf(z, k), Arrays.copyOf(w, k));
    }

    public int size() {
        return nodes.length;
    }

    public double node(int i) {
        return nodes[i];
    }

    public double weight(int i) {
        return weights[i];
    }
}
