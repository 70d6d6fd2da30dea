package org.robustensemble.figures.cli;

import org.robustensemble.analytic.model.WeightSet;
import picocli.CommandLine.Option;

/**
 * Mixins of the theory commands: the load, the distance grid, the margin, the temperature and the weight set,
 * parsed and range-checked in one place (bad input: IllegalArgumentException naming the option, exit 2).
 */
final class TheoryOptions {
    private TheoryOptions() {
    }

    /** {@code --alpha A}: one load alpha = M/N &gt;= 0. */
    static final class Load {
        @Option(names = "--alpha", required = true, paramLabel = "A", description = "Load alpha = M/N (>= 0).")
        String alpha;

        /** @return the load, checked */
        double value() {
            double a = Args.number(alpha, "--alpha");
            Args.requireAlpha(a);
            return a;
        }
    }

    /** {@code --d D1,D2,...|start:step:end}: distances in (0, 1/2). */
    static final class Distances {
        @Option(names = "--d", required = true, paramLabel = "D1,D2,...",
                description = "Distances in (0, 1/2): a list, or start:step:end.")
        String d;

        /** @return the distances, checked */
        double[] values() {
            double[] ds = Args.numbers(d, "--d");
            for (double x : ds) {
                Args.requireDistance(x);
            }
            return ds;
        }
    }

    /** {@code --kappa K}: the margin, stabilities / sqrt(N Q) &gt; kappa, in [-2, 10]. */
    static final class Margin {
        @Option(names = "--kappa", defaultValue = "0", paramLabel = "K",
                description = "Margin kappa in [-2, 10] (negative: a larger solution space): stabilities Delta/sqrt(N Q) > kappa (Q = W.W/N, 1 for binary"
                        + " weights; default ${DEFAULT-VALUE}).")
        String kappa;

        /** @return the margin, checked */
        double value() {
            double k = Args.number(kappa, "--kappa");
            Args.requireKappa(k);
            return k;
        }

        /** Adds the provenance line {@code # kappa=}. */
        void describe(CsvTable t) {
            t.meta("kappa", CsvTable.num(value()));
        }
    }

    /** {@code --beta B}: the inverse temperature, &gt; 0 or inf. */
    static final class Temperature {
        @Option(names = "--beta", defaultValue = "inf", paramLabel = "B",
                description = "Inverse temperature beta > 0, or inf (default: only solutions count). At finite beta a"
                        + " violated pattern costs beta and entropies become free entropies.")
        String beta;

        /** @return the inverse temperature, checked */
        double value() {
            double b = Args.number(beta, "--beta");
            if (!(b > 0)) {
                throw new IllegalArgumentException("--beta " + beta + " is out of range: beta must be > 0 (or inf)");
            }
            return b;
        }

        /** Adds the provenance line {@code # beta=}. */
        void describe(CsvTable t) {
            t.meta("beta", CsvTable.num(value()));
        }
    }

    /** {@code --weights W1,W2,...}: a symmetric discrete weight set (default binary -1,1). */
    static final class Weights {
        @Option(names = "--weights", defaultValue = "-1,1", paramLabel = "W1,W2,...",
                description = "Weight values: a symmetric set without duplicates and not all zero, e.g. -1,0,1 or"
                        + " -3,-1,1,3 (default ${DEFAULT-VALUE}, binary). Results do not depend on the scale of the set.")
        String weights;

        /** @return the weight set, checked */
        WeightSet value() {
            return parse(weights);
        }

        /** Adds the provenance line {@code # weights=}. */
        void describe(CsvTable t) {
            t.meta("weights", value().toString());
        }

        static WeightSet parse(String text) {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("--weights: the weight set is empty: give values such as -1,0,1");
            }
            String[] parts = text.split(",", -1);
            double[] v = new double[parts.length];
            for (int i = 0; i < parts.length; i++) {
                String p = parts[i].strip();
                if (p.isEmpty()) {
                    throw new IllegalArgumentException("--weights: empty entry in '" + text + "'");
                }
                try {
                    v[i] = Double.parseDouble(p);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("--weights: '" + p + "' is not a number");
                }
                if (!Double.isFinite(v[i])) {
                    throw new IllegalArgumentException("--weights: '" + p + "' is not a finite number");
                }
            }
            for (double w : v) {
                boolean mirrored = false;
                for (double u : v) {
                    mirrored |= u == -w;
                }
                if (!mirrored) {
                    throw new IllegalArgumentException("--weights " + text + " is not symmetric: " + CsvTable.num(w)
                            + " has no " + CsvTable.num(-w) + " (the set must be closed under w -> -w)");
                }
            }
            try {
                return WeightSet.of(v);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--weights " + text + ": " + e.getMessage());
            }
        }
    }
}
