package org.robustensemble.validation.check;

import java.util.ArrayList;
import java.util.List;

import org.robustensemble.simulation.instance.Instance;
import org.robustensemble.validation.suite.Context;
import org.robustensemble.validation.suite.Parallel;
import org.robustensemble.validation.suite.Plot;
import org.robustensemble.validation.suite.Row;
import org.robustensemble.validation.suite.Stats;

/**
 * The BP measurements of checks 2 and 6 at one load: {@link BetheMeasurement} on independent instances at each
 * size, averaged per size (instances where BP did not converge are left out and counted), and extrapolated
 * linearly in 1/N ({@link Stats#extrapolate}).
 *
 * @param alpha      load
 * @param sizes      N values
 * @param values     per quantity (0 free entropy, 1 q, 2 teacher overlap), per size: the mean
 * @param errors     the same, standard errors
 * @param instances  instances per size
 * @param unconverged instances per size where BP did not converge
 */
record BpScan(double alpha, double[] sizes, double[][] values, double[][] errors, int[] instances, int[] unconverged) {
    static final String[] QUANTITIES = {"free_entropy", "q", "R"};

    static BpScan measure(Context ctx, String label, double alpha, boolean teacher, int[] ns, int[] counts, long salt) {
        int qn = teacher ? 3 : 2;
        double[][] v = new double[qn][ns.length];
        double[][] e = new double[qn][ns.length];
        int[] unconv = new int[ns.length];
        double[] sz = new double[ns.length];
        for (int k = 0; k < ns.length; k++) {
            int n = ns[k];
            long base = ctx.seed() * 1_000_003L + salt + 7919L * n;
            List<BetheMeasurement> ms = Parallel.map(counts[k], ctx, String.format("%s alpha=%s N=%d", label, alpha, n),
                    i -> BetheMeasurement.of(Instance.random(n, 1, alpha, teacher, base + i), base + i));
            List<BetheMeasurement> ok = ms.stream().filter(BetheMeasurement::converged).toList();
            unconv[k] = ms.size() - ok.size();
            sz[k] = n;
            for (int j = 0; j < qn; j++) {
                int jj = j;
                double[] x = ok.stream().mapToDouble(m -> jj == 0 ? m.freeEntropy() : jj == 1 ? m.q() : m.teacherOverlap())
                        .toArray();
                Stats.Mean mean = x.length > 0 ? Stats.mean(x) : new Stats.Mean(Double.NaN, Double.NaN, 0);
                v[j][k] = mean.mean();
                e[j][k] = mean.stdError();
            }
        }
        return new BpScan(alpha, sz, v, e, counts.clone(), unconv);
    }

    /** @return the extrapolation of quantity j */
    Stats.Extrapolation extrapolation(int j) {
        return Stats.extrapolate(sizes, values[j], errors[j]);
    }

    /** A row comparing the extrapolation of quantity j with {@code theory}; k standard errors plus the finite-size term. */
    Row row(String check, int j, double theory, double k) {
        Stats.Extrapolation x = extrapolation(j);
        String par = String.format("alpha=%s N=%d..%d", alpha, (int) sizes[0], (int) sizes[sizes.length - 1]);
        return Row.extrapolated(check, QUANTITIES[j], par, theory, x, k);
    }

    /** Measured points of quantity j against 1/N, and the theory value as a line. */
    void plot(List<Plot.Series> out, int j, double theory, String what) {
        double[] x = new double[sizes.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = 1 / sizes[i];
        }
        out.add(new Plot.Series(what + " alpha=" + alpha + " BP", x, values[j], errors[j]));
        out.add(new Plot.Series(what + " alpha=" + alpha + " theory", new double[] {0, x[0]}, new double[] {theory, theory},
                null));
    }

    /** One line per size for the report. */
    String describe() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < sizes.length; i++) {
            parts.add(String.format("N=%d %d instances%s", (int) sizes[i], instances[i],
                    unconverged[i] > 0 ? " (" + unconverged[i] + " not converged, left out)" : ""));
        }
        return "alpha=" + alpha + ": " + String.join(", ", parts);
    }
}
