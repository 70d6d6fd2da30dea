package org.robustensemble.figures.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
 * local-entropy curve around a reference configuration (science.md 4.4). Columns
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

    @Option(names = "--instance", required = true, description = "Instance file.")
    Path instanceFile;

    @Option(names = "--reference", required = true, description = "Weights file of the reference configuration.")
    Path reference;

    @Option(names = "--gamma-grid", defaultValue = "0:4:0.2", paramLabel = "FROM:TO:STEP|g1,g2,...",
            description = "Gamma values, in the order swept (messages are reused) (default ${DEFAULT-VALUE}).")
    String grid;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the initial messages and sweep order (default ${DEFAULT-VALUE}).")
    long seed;

    /** Parses "from:to:step" (inclusive, either direction) or a comma list. */
    static double[] parseGrid(String s) {
        List<Double> g = new ArrayList<>();
        try {
            if (s.contains(":")) {
                String[] f = s.split(":");
                if (f.length != 3) {
                    throw new IllegalArgumentException("--gamma-grid '" + s + "' must be FROM:TO:STEP");
                }
                double a = Double.parseDouble(f[0]);
                double b = Double.parseDouble(f[1]);
                double st = Math.abs(Double.parseDouble(f[2]));
                if (!(st > 0)) {
                    throw new IllegalArgumentException("--gamma-grid step must be > 0");
                }
                int cnt = (int) Math.floor(Math.abs(b - a) / st + 1e-9);
                if (cnt > 100000) {
                    throw new IllegalArgumentException("--gamma-grid has too many points");
                }
                for (int i = 0; i <= cnt; i++) {
                    g.add(a + Math.signum(b - a) * st * i);
                }
            } else {
                for (String x : s.split(",")) {
                    g.add(Double.parseDouble(x.strip()));
                }
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--gamma-grid '" + s + "' is not a list of numbers");
        }
        double[] out = new double[g.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = g.get(i);
            if (!(out[i] >= 0) || Double.isInfinite(out[i])) {
                throw new IllegalArgumentException("--gamma-grid value " + out[i] + " must be finite and >= 0");
            }
        }
        return out;
    }

    @Override
    public void run() {
        double[] gammas = parseGrid(grid);
        Instance inst = InstanceFormat.read(instanceFile);
        byte[] ref = InstanceFormat.readWeights(reference, inst.n() * inst.k());
        var par = bp.parameters();
        String cmd = "re " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        CsvTable t = new CsvTable(cmd, "gamma", "S", "d", "free_entropy", "local_entropy", "converged");
        t.meta("n", inst.n()).meta("k", inst.k()).meta("m", inst.m()).meta("alpha", CsvTable.num(inst.alpha()))
                .meta("reference_errors", inst.errors(ref)).meta("coupling", "exp(gamma W.Wref)").meta("bp", par.toString());
        for (LocalEntropyProbe.Point p : LocalEntropyProbe.run(inst, ref, gammas, par, seed)) {
            t.row(p.gamma(), p.s(), p.d(), p.freeEntropy(), p.localEntropy(), p.converged());
        }
        t.emit(spec.commandLine().getOut(), output.out());
    }
}
