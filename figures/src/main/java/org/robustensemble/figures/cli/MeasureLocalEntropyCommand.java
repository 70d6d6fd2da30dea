package org.robustensemble.figures.cli;

import java.nio.file.Path;

import org.robustensemble.simulation.bp.LocalEntropyProbe;
import org.robustensemble.simulation.instance.Instance;
import org.robustensemble.simulation.instance.InstanceFormat;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code re measure local-entropy}: BP with an external field gamma Wref_i (coupling exp(gamma W.Wref)) traces the
 * local-entropy curve around a reference configuration (docs/theory.md 4.4). Columns
 * {@code gamma,S,d,free_entropy,local_entropy,converged}.
 */
@Command(name = "local-entropy", mixinStandardHelpOptions = true,
        description = "Local entropy around a reference configuration, measured by BP with a field gamma*Wref.")
public final class MeasureLocalEntropyCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    OutputOptions output;

    @Mixin
    BpOptions bp;

    @Option(names = "--instance", required = true, paramLabel = "FILE", converter = OutputOptions.ReadablePath.class,
            description = "Instance file (instance format v1, .gz allowed).")
    Path instanceFile;

    @Option(names = "--reference", required = true, paramLabel = "FILE", converter = OutputOptions.ReadablePath.class,
            description = "Weights file of the reference configuration (N K values +-1, e.g. from simulate fbp --save-weights).")
    Path reference;

    @Option(names = "--gamma-grid", defaultValue = "0:0.2:4", paramLabel = "G1,G2,..|start:step:end",
            description = "Gamma values, in the order swept (messages are reused): a list, or start:step:end like every"
                    + " range of the toolkit (a negative step sweeps downwards). Default: ${DEFAULT-VALUE}.")
    String grid;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the initial messages and sweep order (default ${DEFAULT-VALUE}).")
    long seed;

    /** Parses the gamma grid (one range syntax: {@link Args#numbers}); values finite and >= 0. */
    static double[] parseGrid(String s) {
        double[] out = Args.numbers(s, "--gamma-grid");
        for (double g : out) {
            if (!(g >= 0) || Double.isInfinite(g)) {
                throw new IllegalArgumentException("--gamma-grid value " + CsvTable.num(g) + " is out of range: must be"
                        + " finite and >= 0");
            }
        }
        return out;
    }

    @Override
    public void run() {
        double[] gammas = parseGrid(grid);
        Instance inst = InstanceFormat.read(instanceFile);
        requireMemory(inst.n(), inst.k(), inst.m(), "--instance " + instanceFile);
        byte[] ref = InstanceFormat.readWeights(reference, inst.n() * inst.k());
        var par = bp.parameters();
        String cmd = "re " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        CsvTable t = new CsvTable(cmd, "gamma", "S", "d", "free_entropy", "local_entropy", "converged");
        t.meta("n", inst.n()).meta("k", inst.k()).meta("m", inst.m()).meta("alpha", CsvTable.num(inst.alpha()))
                .meta("reference_errors", inst.errors(ref)).meta("coupling", "exp(gamma W.Wref)").meta("bp", par.toString());
        t.stream(spec.commandLine().getOut(), output.out());
        for (LocalEntropyProbe.Point p : LocalEntropyProbe.run(inst, ref, gammas, par, seed)) {
            t.row(p.gamma(), p.s(), p.d(), p.freeEntropy(), p.localEntropy(), p.converged());
        }
        t.emit(spec.commandLine().getOut(), output.out());
    }

    /**
     * Refuses BP runs that do not fit in memory (Args.requireMemory): the messages (one double per pattern and
     * weight), a byte copy of the patterns, and the perceptron kernel's copies.
     *
     * @param what what the user asked for, for the message
     */
    static void requireMemory(int n, int k, int m, String what) {
        String w = what + " (N = " + n + ", K = " + k + ", M = " + m + ")";
        Args.requireArray((double) m * n * k, w);
        Args.requireMemory((double) m * n * k * 8 + 3.0 * m * n + 8.0 * m * Math.ceil(n / 64.0) + 64.0 * n * k, w);
    }
}
