package org.robustensemble.simulation.bp.factor;

import org.robustensemble.simulation.bp.message.FieldAlgebra;

/**
 * The exact input-layer factor of a hidden unit (BpParameters#exactInput, for tests on small N): the distribution
 * of the pre-activation sum_i xi_i W_i is the exact convolution of the independent +-1 cavity weights instead of a
 * Gaussian (O(N^2) per message). Exact on a tree (one pattern), where BP's Bethe free entropy is ln Z.
 */
public final class ExactInputFactor {
    private final int n;
    private final byte[] xi;

    /**
     * @param n  inputs per hidden unit
     * @param xi pattern signs, pattern-major (M N)
     */
    public ExactInputFactor(int n, byte[] xi) {
        this.n = n;
        this.xi = xi;
    }

    /** Distribution of sum_{j in unit, j != skip} xi_j W_j (index (S + n) / 2 ... offset n), by convolution. */
    private double[] sumDistribution(double[] mag, int tb, int xoff, int skip) {
        double[] dist = new double[2 * n + 2];
        int off = n; // value v at index v + n
        dist[off] = 1.0;
        int lo = 0;
        int hi = 0;
        for (int j = 0; j < n; j++) {
            if (j == skip) {
                continue;
            }
            double mj = mag[tb + j] * xi[xoff + j];
            double pp = (1 + mj) / 2;
            double pm = (1 - mj) / 2;
            double[] nd = new double[dist.length];
            for (int v = lo; v <= hi; v += 2) {
                nd[v + 1 + off] += dist[v + off] * pp;
                nd[v - 1 + off] += dist[v + off] * pm;
            }
            dist = nd;
            lo--;
            hi++;
        }
        return dist;
    }

    /**
     * @return exact P(sum_i xi_i W_i > 0) - P(... < 0) for the unit whose cavity magnetizations start at
     *         {@code mag[tb]}, pattern signs at {@code xi[xoff]}
     */
    public double tau(double[] mag, int tb, int xoff) {
        double[] d = sumDistribution(mag, tb, xoff, -1);
        double pos = 0;
        double neg = 0;
        for (int v = -n; v <= n; v++) {
            if (v > 0) {
                pos += d[v + n];
            } else if (v < 0) {
                neg += d[v + n];
            }
        }
        return pos - neg;
    }

    /** @return the exact input-factor message (as a field) to weight i given the output field g (may be infinite) */
    public double message(double[] mag, int tb, int xoff, int i, double g) {
        double[] d = sumDistribution(mag, tb, xoff, i);
        int x = xi[xoff + i];
        double[] lp = new double[2];
        for (int wi = 0; wi < 2; wi++) {
            int wv = wi == 0 ? 1 : -1;
            double pos = 0;
            double neg = 0;
            for (int v = -n; v <= n; v++) {
                double p = d[v + n];
                if (p == 0) {
                    continue;
                }
                if (v + x * wv > 0) {
                    pos += p;
                } else {
                    neg += p;
                }
            }
            lp[wi] = lnMix(g, pos, neg);
        }
        return 0.5 * (lp[0] - lp[1]);
    }

    /** @return ln(e^g pos + e^-g neg), with g = +-infinity selecting one term */
    private static double lnMix(double g, double pos, double neg) {
        if (g == Double.POSITIVE_INFINITY || g >= 1e300) {
            return Math.log(pos);
        }
        if (g == Double.NEGATIVE_INFINITY || g <= -1e300) {
            return Math.log(neg);
        }
        return FieldAlgebra.logSumExp(g + Math.log(pos), -g + Math.log(neg));
    }
}
