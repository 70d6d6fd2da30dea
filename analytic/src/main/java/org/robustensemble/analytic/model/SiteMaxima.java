package org.robustensemble.analytic.model;

/**
 * The inner problem of the multi-state robust ensemble: the local maxima over h of f(h) - (h - A)^2/(2 K),
 * f(h) = ln sum_w exp(h w - rh w^2/2) ({@link WeightSet}), K = Dh at y = infinity or y b^2 at finite y (the peaks of
 * the z1-integrand [sum_w exp(h w - rh w^2/2)]^y). Stationary points solve g(h) = A, g(h) = h - K m(h),
 * m = &lt;w&gt;; g' = 1 - K Var_h(w) changes sign at most twice per pair of neighbouring weight values, so the
 * critical points are located once (per K, rh) on a fine grid and the maxima for any A are the roots of g = A on
 * the pieces where g increases. Not thread-safe.
 */
/** Critical points of g(h) = h - Dh m(h) and the maxima of f(h) - (h - A)^2/(2 Dh) for any A. */
public final class SiteMaxima {
    private final WeightSet weights;
    private final double[] values;
    private final double dh;
    private final double rh;
    private final double[] crit;
    private final double[] mom = new double[2];
    private final double[] hs;
    private final int[] pieces;

    public SiteMaxima(WeightSet weights, double dh, double rh) {
        this.weights = weights;
        this.values = weights.values();
        this.dh = dh;
        this.rh = rh;
        this.crit = dh == 0 ? new double[0] : criticalPoints();
        this.hs = new double[maxModes()];
        this.pieces = new int[maxModes()];
    }

    private double dg(double h) {
        weights.logPartition(h, rh, mom);
        return 1 - dh * (mom[1] - mom[0] * mom[0]);
    }

    private double g(double h) {
        weights.logPartition(h, rh, mom);
        return h - dh * mom[0];
    }

    private double[] criticalPoints() {
        double[] v = values;
        double gap = Double.POSITIVE_INFINITY;
        for (int i = 1; i < v.length; i++) {
            gap = Math.min(gap, v[i] - v[i - 1]);
        }
        double wmax = weights.max();
        // the variance is non-negligible only within ~ (40 + ln Dh)/gap of the transitions h = rh (w_i + w_j)/2
        double lim = Math.abs(rh) * wmax + (45 + Math.max(0, Math.log(dh))) / gap;
        double[] found = InnerMaxima.signChanges(this::dg, -lim, lim, 0.02 / wmax);
        if (found.length % 2 != 0) {
            throw new ArithmeticException("odd number of critical points in the multi-state inner problem");
        }
        return found;
    }

    public double rh() {
        return rh;
    }

    /**
     * All local maximisers for centre a (in increasing order; room for crit.length/2 + 1 entries).
     *
     * @return how many
     */
    public int maxima(double a, double[] out) {
        return maxima(a, out, null);
    }

    private int maxima(double a, double[] out, int[] piece) {
        if (dh == 0) {
            out[0] = a;
            return 1;
        }
        double wmax = weights.max();
        // all stationary points lie in [a - dh wmax, a + dh wmax] (|m| <= wmax); widened by a rounding margin, since
        // a saturated m equals wmax and g(a + dh wmax) = a only up to rounding
        double margin = 1e-9 * (1 + Math.abs(a) + dh * wmax);
        double lo = a - dh * wmax - margin;
        double hi = a + dh * wmax + margin;
        int n = 0;
        int np = crit.length / 2 + 1;
        for (int p = 0; p < np; p++) {
            double l = p == 0 ? lo : Math.max(lo, crit[2 * p - 1]);
            double r = p == np - 1 ? hi : Math.min(hi, crit[2 * p]);
            if (l > r || g(l) > a || g(r) < a) {
                continue;
            }
            if (piece != null) {
                piece[n] = p;
            }
            out[n++] = root(a, l, r);
        }
        if (n == 0) {
            throw new ArithmeticException("no maximum of the multi-state inner problem at A=" + a);
        }
        return n;
    }

    /** @return the largest number of local maxima */
    public int maxModes() {
        return crit.length / 2 + 1;
    }

    /**
     * The global maximiser for centre a over the increasing pieces of g; returns its piece index in
     * {@code piece[0]} and the maximum in {@code best[0]}, the maximiser in {@code best[1]}.
     */
    public void globalMax(double a, int[] piece, double[] best) {
        if (dh == 0) {
            best[0] = weights.logPartition(a, rh, mom);
            best[1] = a;
            piece[0] = 0;
            return;
        }
        int n = maxima(a, hs, pieces);
        best[0] = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double val = weights.logPartition(hs[i], rh, mom) - (hs[i] - a) * (hs[i] - a) / (2 * dh);
            if (val > best[0]) {
                best[0] = val;
                best[1] = hs[i];
                piece[0] = pieces[i];
            }
        }
    }

    private double root(double a, double lo, double hi) {
        return InnerMaxima.increasingRoot((h, slope) -> {
            weights.logPartition(h, rh, mom);
            slope[0] = 1 - dh * (mom[1] - mom[0] * mom[0]);
            return h - dh * mom[0] - a;
        }, lo, hi, "multi-state inner root at A=" + a);
    }
}
