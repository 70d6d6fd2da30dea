package org.robustensemble.validation.suite;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Per-size means of per-instance measurements: at each size N, {@code instances} independent instances, each
 * giving one value per quantity; the mean and standard error over the instances ({@link Stats#mean}), extrapolated
 * in 1/N ({@link Stats#extrapolate}) and compared with the N = infinity theory (science.md, the finite-size
 * scaling of the validation suite).
 *
 * @param sizes     N values
 * @param values    per quantity, per size: the mean over instances
 * @param errors    the same, standard errors
 * @param instances instances per size
 */
public record SizeScan(double[] sizes, double[][] values, double[][] errors, int instances) {

    /** One instance's measurement. */
    @FunctionalInterface
    public interface Sampler {
        /**
         * @param n the size
         * @param i the instance index (0..instances-1)
         * @return one value per quantity
         */
        double[] sample(int n, int i);
    }

    /**
     * Measures {@code quantities} values on {@code instances} instances at each size of {@code ns}, the instances
     * spread over threads by {@link Parallel#map} (results independent of the thread count).
     *
     * @param label progress label of size N
     */
    public static SizeScan measure(Context ctx, int[] ns, int instances, int quantities, IntFunction<String> label,
            Sampler sampler) {
        double[][] v = new double[quantities][ns.length];
        double[][] e = new double[quantities][ns.length];
        double[] sz = new double[ns.length];
        for (int k = 0; k < ns.length; k++) {
            int n = ns[k];
            List<double[]> ss = Parallel.map(instances, ctx, label.apply(n), i -> sampler.sample(n, i));
            sz[k] = n;
            for (int j = 0; j < quantities; j++) {
                int jj = j;
                Stats.Mean m = Stats.mean(ss.stream().mapToDouble(x -> x[jj]).toArray());
                v[j][k] = m.mean();
                e[j][k] = m.stdError();
            }
        }
        return new SizeScan(sz, v, e, instances);
    }

    /** @return the extrapolation of quantity j to N = infinity */
    public Stats.Extrapolation extrapolation(int j) {
        return Stats.extrapolate(sizes, values[j], errors[j]);
    }

    /** @return the row comparing the extrapolation of quantity j with {@code theory} ({@link Row#extrapolated}) */
    public Row row(String check, String quantity, String parameters, double theory, int j, double k) {
        return Row.extrapolated(check, quantity, parameters, theory, extrapolation(j), k);
    }

    /** @return the row comparing quantity j at the largest size with {@code theory}, allowance k standard errors */
    public Row rowAtLargest(String check, String quantity, String parameters, double theory, int j, double k) {
        int last = sizes.length - 1;
        return Row.of(check, quantity, parameters, theory, values[j][last], errors[j][last], k * errors[j][last],
                Row.Relation.EQUAL);
    }

    /** @return the smallest size */
    public int smallest() {
        return (int) sizes[0];
    }

    /** @return the largest size */
    public int largest() {
        return (int) sizes[sizes.length - 1];
    }

    /** @return the sizes as a list, {@code [201, 401]} */
    public String sizeList() {
        return Arrays.toString(Arrays.stream(sizes).mapToInt(x -> (int) x).toArray());
    }
}
