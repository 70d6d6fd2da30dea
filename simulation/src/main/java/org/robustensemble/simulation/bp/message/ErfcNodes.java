package org.robustensemble.simulation.bp.message;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hipparchus.special.Erf;

/**
 * Hipparchus' erfc at the nodes of the {@link ErrorFunctions} tables ({@link ErrorFunctions#nodeAbscissae}), kept
 * as the resource {@value #RESOURCE} (big-endian doubles): evaluating the 6530 values (continued fractions of the
 * incomplete gamma function, interpreted at start-up) costs about 40 ms of CPU plus about 0.1 s of JIT compilation
 * at the start of every BP run (simulation/docs/bp-benchmarks.md, "Start-up, JIT warm-up and per-run overhead").
 * The stored values are Hipparchus' bit for bit ({@code ErrorFunctionsTest}); without the resource, or with one of
 * the wrong length, they are computed. Regenerate with {@code java -cp figures/target/re.jar
 * org.robustensemble.simulation.bp.message.ErfcNodes
 * simulation/src/main/resources/org/robustensemble/simulation/bp/message/erfc-nodes.bin}.
 */
final class ErfcNodes {
    static final String RESOURCE = "erfc-nodes.bin";

    private ErfcNodes() {
    }

    /** @return erfc at {@link ErrorFunctions#nodeAbscissae()}, stored or computed */
    static double[] values() {
        double[] x = ErrorFunctions.nodeAbscissae();
        double[] v = stored(x.length);
        return v != null ? v : computed(x);
    }

    /** @return Hipparchus' erfc at x */
    static double[] computed(double[] x) {
        double[] v = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            v[j] = Erf.erfc(x[j]);
        }
        return v;
    }

    /** @return the stored values, or null if the resource is missing or does not hold {@code len} doubles */
    static double[] stored(int len) {
        try (InputStream in = ErfcNodes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return null;
            }
            byte[] b = in.readAllBytes();
            if (b.length != 8L * len) {
                return null;
            }
            double[] v = new double[len];
            ByteBuffer.wrap(b).asDoubleBuffer().get(v);
            return v;
        } catch (IOException e) {
            return null;
        }
    }

    /** Writes the computed values to the file args[0]. */
    public static void main(String[] args) throws IOException {
        double[] v = computed(ErrorFunctions.nodeAbscissae());
        try (OutputStream o = Files.newOutputStream(Path.of(args[0])); DataOutputStream d = new DataOutputStream(o)) {
            for (double x : v) {
                d.writeDouble(x);
            }
        }
    }
}
