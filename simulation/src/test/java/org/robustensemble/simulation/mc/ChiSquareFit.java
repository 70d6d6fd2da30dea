package org.robustensemble.simulation.mc;

import org.hipparchus.distribution.continuous.ChiSquaredDistribution;

/**
 * Test utility: Pearson chi-square goodness of fit of a Markov chain's visit counts over all 2^N configurations
 * of a small system against an exact distribution exp(log-weight) (the Boltzmann measure of science.md 1, or the
 * robust-ensemble measure exp(y Phi) of science.md 4.2), and the binary code of +-1 configurations used to index
 * the counts (bit i set iff w_i = +1).
 */
public final class ChiSquareFit {
    /** Significance level of the critical value. */
    public static final double P_CRIT = 1e-4;

    private ChiSquareFit() {
    }

    /** @return the +-1 configuration of {@code size} weights with code {@code code} (w_i = +1 iff bit i is set) */
    public static byte[] decode(int code, int size) {
        byte[] w = new byte[size];
        for (int i = 0; i < size; i++) {
            w[i] = (byte) (((code >>> i) & 1) == 1 ? 1 : -1);
        }
        return w;
    }

    /** @return the code of a +-1 configuration (bit i set iff w_i > 0) */
    public static int encode(byte[] w) {
        int c = 0;
        for (int i = 0; i < w.length; i++) {
            if (w[i] > 0) {
                c |= 1 << i;
            }
        }
        return c;
    }

    /**
     * @param counts    visits of each configuration
     * @param logWeight unnormalised log-probability of each configuration
     * @return {chi-square statistic, critical value at p = {@link #P_CRIT}}; bins with expected count &lt; 5 are
     * merged into one
     */
    public static double[] chiSquare(long[] counts, double[] logWeight) {
        int states = counts.length;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : logWeight) {
            max = Math.max(max, v);
        }
        double z = 0;
        double[] p = new double[states];
        for (int s = 0; s < states; s++) {
            p[s] = Math.exp(logWeight[s] - max);
            z += p[s];
        }
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        double chi = 0;
        int bins = 0;
        double restE = 0;
        long restO = 0;
        for (int s = 0; s < states; s++) {
            double e = total * p[s] / z;
            if (e < 5) {
                restE += e;
                restO += counts[s];
            } else {
                chi += (counts[s] - e) * (counts[s] - e) / e;
                bins++;
            }
        }
        if (restE > 0) {
            chi += (restO - restE) * (restO - restE) / restE;
            bins++;
        }
        double crit = new ChiSquaredDistribution(bins - 1).inverseCumulativeProbability(1 - P_CRIT);
        return new double[] {chi, crit};
    }
}
