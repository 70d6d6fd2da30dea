package org.robustensemble.analytic.model;

import java.util.Arrays;

/**
 * A symmetric discrete set of weight values, e.g. {-1, 1} (binary), {-1, 0, 1} (ternary) or the 2^b levels
 * {-(2^b - 1), ..., -3, -1, 1, 3, ..., 2^b - 1} (Baldassi, Gerace, Lucibello, Saglietti, Zecchina, PRE 93,
 * 052313 (2016), "Learning may need only a few bits of synaptic precision"). Only the entropic terms of the free
 * entropies depend on it, through the single-site log-partition function
 * <pre>
 *   f(h, rh) = ln sum_{w in set} exp(h w - rh w^2 / 2)
 * </pre>
 * and its tilted moments &lt;w&gt;, &lt;w^2&gt;.
 *
 * <p><b>Conventions.</b> The self-overlap Q = (1/N) sum_i W_i^2 is an order parameter (fixed to 1 only for
 * binary weights); stabilities are measured in units of sqrt(N Q): a pattern is stored with margin kappa if
 * sigma sum_i W_i xi_i / sqrt(N Q) &gt; kappa. With this convention every result is invariant under a rescaling
 * of the set (so {-3,-1,1,3} and {-1.5,-0.5,0.5,1.5} are the same problem) and kappa means the same thing for
 * every set. Immutable.
 */
public final class WeightSet {
    /** The binary set {-1, 1}. */
    public static final WeightSet BINARY = new WeightSet(new double[] {-1, 1});

    private final double[] values;
    /** Distinct non-zero magnitudes (each stands for the pair +-w) and whether 0 is in the set. */
    private final double[] magnitudes;
    private final boolean hasZero;

    private WeightSet(double[] sorted) {
        this.values = sorted;
        this.hasZero = Arrays.stream(sorted).anyMatch(v -> v == 0);
        this.magnitudes = Arrays.stream(sorted).filter(v -> v > 0).toArray();
    }

    /**
     * @param values the weight values (any order)
     * @return the set
     * @throws IllegalArgumentException if empty, non-finite, with duplicates, not symmetric under w -&gt; -w, or
     *                                  all zero
     */
    public static WeightSet of(double... values) {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("the weight set is empty: give at least two values, e.g. -1,1");
        }
        double[] v = values.clone();
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                throw new IllegalArgumentException("weight value " + v[i] + " is not finite");
            }
            v[i] = v[i] == 0 ? 0.0 : v[i]; // -0.0 is 0
        }
        Arrays.sort(v);
        for (int i = 1; i < v.length; i++) {
            if (v[i] == v[i - 1]) {
                throw new IllegalArgumentException("weight value " + v[i] + " appears twice in the weight set");
            }
        }
        for (int i = 0; i < v.length; i++) {
            if (v[i] != -v[v.length - 1 - i]) {
                throw new IllegalArgumentException("the weight set " + Arrays.toString(v)
                        + " is not symmetric: " + v[i] + " is in it but " + (-v[i]) + " is not");
            }
        }
        if (v.length == 1) {
            throw new IllegalArgumentException("the weight set {0} has only the zero weight: at least one non-zero"
                    + " value is needed");
        }
        return new WeightSet(v);
    }

    /** The 2^bits levels {-(2^b - 1), ..., -1, 1, ..., 2^b - 1} (b = 1: binary), bits in [1, 8]. */
    public static WeightSet levels(int bits) {
        if (bits < 1 || bits > 8) {
            throw new IllegalArgumentException("bits = " + bits + " must be in [1, 8]");
        }
        int n = 1 << bits;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = -(n - 1) + 2 * i;
        }
        return of(v);
    }

    /** @return the values, sorted */
    public double[] values() {
        return values.clone();
    }

    /** @return how many values */
    public int size() {
        return values.length;
    }

    /** @return whether the set is {-c, c} for some c &gt; 0 (the binary problem, up to scale) */
    public boolean isBinary() {
        return values.length == 2;
    }

    /** @return the largest value */
    public double max() {
        return values[values.length - 1];
    }

    /** @return the mean of w^2 over the set (Q of uniformly random weights, the alpha = 0 self-overlap) */
    public double meanSquare() {
        double s = 0;
        for (double v : values) {
            s += v * v;
        }
        return s / values.length;
    }

    /**
     * The single-site log-partition function f(h, rh) = ln sum_w exp(h w - rh w^2/2), evaluated as a
     * log-sum-exp; the tilted moments &lt;w&gt; and &lt;w^2&gt; are left in {@code moments[0]} and
     * {@code moments[1]}.
     */
    public double logPartition(double h, double rh, double[] moments) {
        double mx = hasZero ? 0 : Double.NEGATIVE_INFINITY;
        for (double w : magnitudes) {
            mx = Math.max(mx, Math.abs(h) * w - 0.5 * rh * w * w);
        }
        double z = hasZero ? Math.exp(-mx) : 0;
        double s1 = 0;
        double s2 = 0;
        for (double w : magnitudes) {
            double base = -0.5 * rh * w * w - mx;
            double ep = Math.exp(h * w + base);
            double em = Math.exp(-h * w + base);
            z += ep + em;
            s1 += w * (ep - em);
            s2 += w * w * (ep + em);
        }
        moments[0] = s1 / z;
        moments[1] = s2 / z;
        return mx + Math.log(z);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WeightSet w && Arrays.equals(values, w.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    /** @return the values, comma separated (the CLI's format) */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (double v : values) {
            if (b.length() > 0) {
                b.append(',');
            }
            b.append(v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v));
        }
        return b.toString();
    }
}
