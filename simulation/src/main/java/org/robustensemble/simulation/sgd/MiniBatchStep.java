package org.robustensemble.simulation.sgd;

/**
 * The "least wrong units first" rule for a misclassified pattern of a committee machine (docs/theory.md 4.5;
 * PNAS 113:E7655, appendix C).
 *
 * <p>With hidden fields h_k (never zero: N odd), hidden outputs tau_k = sign(h_k), h_out = sum_k tau_k and the
 * label sigma, the pattern is wrong when sigma h_out < 0; the number of hidden units whose vote must flip to
 * get the majority right is (1 - sigma h_out)/2. Among the wrong units (sigma h_k < 0) the ones with the
 * smallest |h_k| (the cheapest to fix) are chosen; each gets the push H_k += eta sigma xi. Ties in |h_k| go to
 * the lower unit index.
 */
public final class MiniBatchStep {
    private MiniBatchStep() {
    }

    /**
     * Chooses the hidden units to push for one pattern.
     *
     * @param sigma  the label, +1 or -1
     * @param fields the hidden fields h_k (length K, odd, none zero)
     * @param chosen receives the chosen unit indices, in order of increasing |h_k| (length >= K)
     * @return how many units were chosen: 0 if the pattern is already right, else (1 - sigma h_out)/2
     */
    public static int unitsToFix(int sigma, int[] fields, int[] chosen) {
        int k = fields.length;
        int hout = 0;
        for (int h = 0; h < k; h++) {
            hout += 1 + 2 * (fields[h] >> 31);   // sign of a nonzero field, branch-free
        }
        if (sigma * hout > 0) {
            return 0;
        }
        int toFix = (1 - sigma * hout) / 2;
        // selection of the toFix wrong units with the smallest -sigma h (K is small: repeated minimum search)
        // (lexicographic order on (|h|, index), each pass takes the next wrong unit after the previous one)
        int n = 0;
        int lastVal = 0;
        int lastIdx = -1;
        while (n < toFix) {
            int best = -1;
            int bestVal = Integer.MAX_VALUE;
            for (int h = 0; h < k; h++) {
                int wrong = -sigma * fields[h];
                boolean after = wrong > lastVal || (wrong == lastVal && h > lastIdx);
                if (wrong > 0 && after && wrong < bestVal) {
                    bestVal = wrong;
                    best = h;
                }
            }
            chosen[n++] = best;
            lastVal = bestVal;
            lastIdx = best;
        }
        return toFix;
    }
}
