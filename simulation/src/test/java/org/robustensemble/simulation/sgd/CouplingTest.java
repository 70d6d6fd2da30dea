package org.robustensemble.simulation.sgd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The interaction kick against the formulas of docs/theory.md 4.5 / PNAS appendix C, weight by weight. */
class CouplingTest {

    private static double expectedTarget(Coupling c, double gamma, int s, int y) {
        return switch (c) {
            case TANH, CORRECTED -> Math.tanh(gamma * s);
            case HARD_TANH -> Math.max(-1, Math.min(1, gamma * s));
            case CONTINUOUS -> s / (double) y;
            default -> throw new AssertionError();
        };
    }

    @Test
    void tracedKickMatchesTheFormula() {
        SplittableRandom rng = new SplittableRandom(7);
        int y = 7;
        int len = 400;
        for (Coupling c : new Coupling[] {Coupling.TANH, Coupling.HARD_TANH, Coupling.CORRECTED, Coupling.CONTINUOUS}) {
            for (double gamma : new double[] {0.0, 0.05, 0.3, 2.0}) {
                double lambda = 0.75;
                double[] h = new double[len];
                byte[] w = new byte[len];
                int[] s = new int[len];
                for (int i = 0; i < len; i++) {
                    h[i] = rng.nextDouble(-3, 3);
                    w[i] = (byte) (rng.nextBoolean() ? 1 : -1);   // the replica's weight before its gradient step
                    int others = 0;
                    for (int b = 1; b < y; b++) {
                        others += rng.nextBoolean() ? 1 : -1;
                    }
                    s[i] = others + w[i];
                }
                double[] h0 = h.clone();
                byte[] w0 = w.clone();
                int[] s0 = s.clone();
                double self = c == Coupling.CORRECTED ? Math.tanh(gamma * y) : 1.0;
                assertThat(c.selfFactor(gamma, y)).isEqualTo(self);
                ReplicatedSgd.tracedKick(h, w, s, c.targetTable(gamma, y), y, c.selfFactor(gamma, y), lambda);
                for (int i = 0; i < len; i++) {
                    double wPost = h0[i] > 0 ? 1 : -1;
                    double expected = h0[i] + lambda * (expectedTarget(c, gamma, s0[i], y) - self * wPost);
                    assertThat(h[i]).as("%s gamma=%s i=%d", c, gamma, i).isCloseTo(expected, within(1e-14));
                    byte newSign = (byte) (expected > 0 ? 1 : -1);
                    assertThat(w[i]).isEqualTo(newSign);
                    assertThat(s[i]).isEqualTo(s0[i] - w0[i] + newSign);
                }
            }
        }
    }

    @Test
    void tanhKickValuesByHand() {
        // y = 3, S = 3 (all replicas +1), W = +1, gamma = 0.5, lambda = 1: H += tanh(1.5) - 1
        double[] h = {0.2};
        byte[] w = {1};
        int[] s = {3};
        ReplicatedSgd.tracedKick(h, w, s, Coupling.TANH.targetTable(0.5, 3), 3, 1.0, 1.0);
        assertThat(h[0]).isCloseTo(0.2 + Math.tanh(1.5) - 1, within(1e-15));
        assertThat(w[0]).isEqualTo((byte) 1);
        // the corrected kick vanishes when all replicas agree
        double[] h2 = {0.2};
        ReplicatedSgd.tracedKick(h2, new byte[] {1}, new int[] {3}, Coupling.CORRECTED.targetTable(0.5, 3), 3,
                Coupling.CORRECTED.selfFactor(0.5, 3), 1.0);
        assertThat(h2[0]).isCloseTo(0.2, within(1e-15));
        // a weight that disagrees with the sum is pulled across zero: H = 0.1, W = +1, S = -1 (y = 3)
        double[] h3 = {0.1};
        byte[] w3 = {1};
        int[] s3 = {-1};
        ReplicatedSgd.tracedKick(h3, w3, s3, Coupling.TANH.targetTable(1.0, 3), 3, 1.0, 0.5);
        assertThat(h3[0]).isCloseTo(0.1 + 0.5 * (Math.tanh(-1.0) - 1), within(1e-15));
        assertThat(w3[0]).isEqualTo((byte) -1);
        assertThat(s3[0]).isEqualTo(-3);
    }

    @Test
    void explicitKickMovesReplicaAndReferenceTowardsEachOther() {
        double[] h = {0.3, -0.3, 0.5, -2.0};
        byte[] w = {1, -1, 1, -1};
        int[] s = {1, -1, 1, -1};
        double[] hr = {-0.2, 0.4, 0.7, -1.0};
        byte[] wr = {-1, 1, 1, -1};
        ReplicatedSgd.explicitKick(h, w, s, hr, wr, 0.5);
        // i = 0: d = (-1 - 1)/2 = -1 -> H = -0.2, Href = 0.3 ; i = 1: d = +1 -> H = 0.2, Href = -0.1
        assertThat(h).containsExactly(new double[] {-0.2, 0.2, 0.5, -2.0}, within(1e-15));
        assertThat(hr).containsExactly(new double[] {0.3, -0.1, 0.7, -1.0}, within(1e-15));
        assertThat(w).containsExactly(-1, 1, 1, -1);
        assertThat(wr).containsExactly(1, -1, 1, -1);
        assertThat(s).containsExactly(-1, 1, 1, -1);
    }

    @Test
    void parsesCliNames() {
        for (Coupling c : Coupling.values()) {
            assertThat(Coupling.parse(c.cliName())).isEqualTo(c);
        }
        assertThat(Coupling.parse("hard-tanh")).isEqualTo(Coupling.HARD_TANH);
        assertThatThrownBy(() -> Coupling.parse("soft")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("soft");
    }
}
