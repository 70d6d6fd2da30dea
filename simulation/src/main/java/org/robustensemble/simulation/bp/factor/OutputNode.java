package org.robustensemble.simulation.bp.factor;

/**
 * The output node of a committee machine (K odd, docs/theory.md 4.3), updated exactly: the constraint
 * sign(sum_k tau_k) = sigma on the K hidden outputs, whose messages are convolutions of the K - 1 other
 * independent +-1 tau's.
 */
public final class OutputNode {
    private OutputNode() {
    }

    /**
     * Exact output-factor messages: for each k the field on tau_k from the constraint sign(sum_j tau_j) = sigma,
     * given the magnetizations mt_j of the other tau's (convolution of K - 1 +-1 variables).
     */
    public static void outputFields(double[] mt, int k, int sigma, double[] out) {
        double[] dist = new double[k];
        for (int h = 0; h < k; h++) {
            // distribution of S = sum_{j != h} tau_j over values -(k-1) .. (k-1) step 2: index (S + k - 1) / 2
            java.util.Arrays.fill(dist, 0.0);
            dist[0] = 1.0;
            int cnt = 0;
            for (int j = 0; j < k; j++) {
                if (j == h) {
                    continue;
                }
                double pp = (1 + mt[j]) / 2;
                double pm = (1 - mt[j]) / 2;
                for (int s = cnt + 1; s >= 0; s--) {
                    double val = (s <= cnt ? dist[s] * pm : 0) + (s >= 1 ? dist[s - 1] * pp : 0);
                    dist[s] = val;
                }
                cnt++;
            }
            // tau_h = +1: output sign(S + 1); S + 1 > 0 iff S >= 0 iff index >= (k-1)/2
            double pPlus = 0; // P(sign(S+1) = sigma)
            double pMinus = 0; // P(sign(S-1) = sigma)
            int half = (k - 1) / 2;
            for (int s = 0; s < k; s++) {
                int val = 2 * s - (k - 1);
                if ((val + 1 > 0 ? 1 : -1) == sigma) {
                    pPlus += dist[s];
                }
                if ((val - 1 > 0 ? 1 : -1) == sigma) {
                    pMinus += dist[s];
                }
            }
            assert half >= 0;
            out[h] = 0.5 * (Math.log(pPlus) - Math.log(pMinus));
            if (Double.isNaN(out[h])) {
                out[h] = 0.0;
            }
        }
    }

    /** @return ln P(sign(sum_k tau_k) = sigma) for independent tau's of magnetizations mt */
    public static double lnOutputProbability(double[] mt, int k, int sigma) {
        double[] dist = new double[k + 1];
        dist[0] = 1.0;
        for (int j = 0; j < k; j++) {
            double pp = (1 + mt[j]) / 2;
            double pm = (1 - mt[j]) / 2;
            for (int s = j + 1; s >= 0; s--) {
                dist[s] = (s <= j ? dist[s] * pm : 0) + (s >= 1 ? dist[s - 1] * pp : 0);
            }
        }
        double p = 0;
        for (int s = 0; s <= k; s++) {
            int val = 2 * s - k;
            if ((val > 0 ? 1 : -1) == sigma) {
                p += dist[s];
            }
        }
        return Math.log(p);
    }
}
