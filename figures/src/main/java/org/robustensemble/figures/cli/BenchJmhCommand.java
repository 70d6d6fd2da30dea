package org.robustensemble.figures.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code re bench jmh [REGEX] [JMH options]}: runs the JMH micro-benchmarks packaged in the jar. The JMH options
 * are parsed here first, so a bad one is bad input (one line, exit 2) like any other.
 */
@Command(name = "jmh",
        description = {"Run the JMH micro-benchmarks (classes in org.robustensemble.figures.bench).",
                "Arguments are passed to JMH, e.g.: re bench jmh TheoryBenchmark -f 1 -wi 3 -i 5 (JMH's own options:"
                        + " re bench jmh -h)."})
final class BenchJmhCommand implements Callable<Integer> {
    /** Everything after {@code jmh} goes to JMH unchanged (regex and JMH options such as -f, -wi, -i). */
    @Unmatched
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        String[] a = args.toArray(new String[0]);
        try {
            new CommandLineOptions(a);
        } catch (CommandLineOptionException e) {
            throw new IllegalArgumentException("bench jmh: " + e.getMessage()
                    + " (JMH's options: re bench jmh -h)");
        }
        org.openjdk.jmh.Main.main(a);
        return 0;
    }
}
