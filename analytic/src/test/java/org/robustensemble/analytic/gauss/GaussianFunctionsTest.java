package org.robustensemble.analytic.gauss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;

class GaussianFunctionsTest {

    private static List<double[]> reference() throws Exception {
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(GaussianFunctionsTest.class.getResourceAsStream("/gaussian-reference.csv")),
                StandardCharsets.US_ASCII))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] p = line.split(",");
                rows.add(new double[] {Double.parseDouble(p[0]), Double.parseDouble(p[1]), Double.parseDouble(p[2])});
            }
        }
        return rows;
    }

    @Test
    void lnHMatchesHighPrecisionOnMinus40To40() throws Exception {
        List<double[]> ref = reference();
        assertThat(ref).hasSize(321);
        for (double[] row : ref) {
            double x = row[0];
            double got = GaussianFunctions.lnH(x);
            assertThat(Double.isFinite(got)).as("lnH(%s) finite", x).isTrue();
            if (Math.abs(row[1]) > 1e-300) {
                assertThat(Math.abs(got - row[1]) / Math.abs(row[1])).as("relative error of lnH(%s)", x).isLessThan(5e-14);
            } else {
                assertThat(Math.abs(got)).as("lnH(%s) below the double range", x).isLessThan(1e-300);
            }
        }
    }

    @Test
    void inverseMillsRatioMatchesHighPrecision() throws Exception {
        for (double[] row : reference()) {
            double x = row[0];
            double got = GaussianFunctions.gOverH(x);
            assertThat(Double.isFinite(got)).isTrue();
            if (x > -37) { // below, G(x) itself is subnormal
                assertThat(Math.abs(got / row[2] - 1)).as("relative error of G/H at %s", x).isLessThan(5e-14);
            } else {
                assertThat(Math.abs(got - row[2])).isLessThan(1e-310);
            }
            double[] ratio = new double[1];
            assertThat(GaussianFunctions.lnHWithRatio(x, ratio)).isEqualTo(GaussianFunctions.lnH(x));
            assertThat(ratio[0]).isCloseTo(got, within(1e-15 * Math.max(1, Math.abs(got))));
        }
    }

    @Test
    void exactValuesAndAsymptotics() {
        assertThat(GaussianFunctions.h(0)).isCloseTo(0.5, within(1e-14));
        assertThat(GaussianFunctions.lnH(0)).isCloseTo(-Math.log(2), within(1e-14));
        assertThat(GaussianFunctions.erfcx(0)).isCloseTo(1.0, within(1e-14));
        // H(x) ~ G(x)/x (1 - 1/x^2 + 3/x^4) for large x
        double x = 1e3;
        double asym = -0.5 * x * x - Math.log(x * Math.sqrt(2 * Math.PI)) + Math.log1p(-1 / (x * x) + 3 / Math.pow(x, 4));
        assertThat(GaussianFunctions.lnH(x)).isCloseTo(asym, within(1e-9));
        assertThat(GaussianFunctions.gOverH(1e6)).isCloseTo(1e6, within(1e-3));
        assertThat(GaussianFunctions.h(-3) + GaussianFunctions.h(3)).isCloseTo(1.0, within(1e-16));
    }

    @Test
    void lnTwoCoshTanhAndBinaryEntropy() {
        assertThat(GaussianFunctions.lnTwoCosh(0)).isCloseTo(Math.log(2), within(1e-16));
        assertThat(GaussianFunctions.lnTwoCosh(800)).isEqualTo(800.0);
        assertThat(GaussianFunctions.lnTwoCosh(-1.3)).isCloseTo(Math.log(2 * Math.cosh(1.3)), within(1e-15));
        for (double v = -5; v <= 5; v += 0.01) {
            assertThat(GaussianFunctions.tanh(v)).isCloseTo(Math.tanh(v), within(3e-16));
        }
        assertThat(GaussianFunctions.binaryEntropy(0.5)).isCloseTo(Math.log(2), within(1e-16));
        assertThat(GaussianFunctions.binaryEntropy(0)).isZero();
        assertThat(GaussianFunctions.binaryEntropy(0.1)).isCloseTo(-0.1 * Math.log(0.1) - 0.9 * Math.log(0.9), within(1e-16));
    }
}
