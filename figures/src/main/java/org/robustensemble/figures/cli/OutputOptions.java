package org.robustensemble.figures.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** Mixin: where a command writes its CSV ({@code --out FILE}, default stdout). */
public final class OutputOptions {
    @Option(names = "--out", paramLabel = "FILE", description = "Write the CSV to FILE (atomically) instead of stdout.")
    Path out;

    /** @return the output file, or {@code null} for stdout */
    public Path out() {
        return out;
    }
}
