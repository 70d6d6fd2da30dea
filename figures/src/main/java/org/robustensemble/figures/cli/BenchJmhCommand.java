package org.robustensemble.figures.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** {@code re bench jmh [REGEX] [JMH options]}: runs the JMH micro-benchmarks packaged in the jar. */
@Command(name = "jmh",
        description = {"Run the JMH micro-benchmarks (classes in org.robustensemble.figures.bench).",
                "Arguments are passed to JMH, e.g.: re bench jmh TheoryBenchmark -f 1 -wi 3 -i 5"})
final class BenchJmhCommand implements Callable<Integer> {
    /** Everything after {@code jmh} goes to JMH unchanged (regex and JMH options such as -f, -wi, -i). */
    @Unmatched
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        org.openjdk.jmh.Main.main(args.toArray(new String[0]));
        return 0;
    }
}
