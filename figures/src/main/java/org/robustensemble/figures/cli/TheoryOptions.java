package org.robustensemble.figures.cli;

import picocli.CommandLine.Option;

/** Mixins of the theory commands: the load and the distance grid, parsed and range-checked in one place. */
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
}
