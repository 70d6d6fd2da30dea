package org.robustensemble.analytic.curve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.robustensemble.analytic.saddle.ConvergenceReport;
import org.robustensemble.analytic.saddle.NonConvergenceException;

class SweepTest {
    /** The root of x^3 + x = 1, the origin's solution. */
    private static final double[] ROOT = {0.6823278038280193};

    /**
     * x^3 + x = t by a few Newton steps from the start (not to machine precision: the result depends on the start,
     * so a path that changed with the request list would show); fails where t is in a forbidden set.
     */
    static class Cubic implements Sweep.Model<double[]> {
        final List<Double> solvedAt = new ArrayList<>();
        final java.util.function.DoublePredicate fails;

        Cubic(java.util.function.DoublePredicate fails) {
            this.fails = fails;
        }

        @Override
        public double[] solve(double t, double[] start) {
            solvedAt.add(t);
            if (fails.test(t)) {
                throw new NonConvergenceException("cubic at t=" + t, new ConvergenceReport(1, 1, 1e-12, 0, "newton", false));
            }
            double x = start[0];
            for (int i = 0; i < 2; i++) {
                x -= (x * x * x + x - t) / (3 * x * x + 1);
            }
            return new double[] {x};
        }

        @Override
        public double[] unknowns(double[] s) {
            return s;
        }

        @Override
        public boolean admissible(double[] start) {
            return true;
        }
    }

    @Test
    void aPointDoesNotDependOnTheOtherPointsRequested() {
        double alone = new Sweep<>(new Cubic(t -> false), ROOT, Sweep.Lattice.uniform(1, 0.1), 0, 0)
                .at(0.35).solution()[0];
        Sweep<double[]> s = new Sweep<>(new Cubic(t -> false), ROOT, Sweep.Lattice.uniform(1, 0.1), 0, 0);
        List<Sweep.Point<double[]>> many = s.at(new double[] {0.05, 0.5, 0.35, 0.37, 1.4, 0.9});
        assertThat(many.get(2).solution()[0]).isEqualTo(alone);
        // the root of x^3 + x = 0.35 (not exact: two Newton steps per point)
        assertThat(alone).isCloseTo(0.31788, within(1e-4));
        assertThat(many.get(4).solution()[0]).isCloseTo(0.82942, within(1e-4));
        assertThat(many.get(1).converged()).isTrue();
    }

    @Test
    void nodesAreSolvedOnceAndShared() {
        Cubic m = new Cubic(t -> false);
        Sweep<double[]> s = new Sweep<>(m, ROOT, Sweep.Lattice.uniform(1, 0.1), 0, 0);
        s.at(new double[] {0.55, 0.45, 0.55});
        // nodes 0.9 .. 0.5 once, the requests 0.55 (twice) and 0.45 from their last node
        assertThat(m.solvedAt).hasSize(4 + 1 + 3);
    }

    @Test
    void aFailedNodeIsSkippedAndABranchEndsAfterTooManyFailures() {
        // node 0.7 fails: skipped, 0.6 and below are reached from 0.8
        Sweep<double[]> skip = new Sweep<>(new Cubic(t -> Math.abs(t - 0.7) < 1e-9), new double[] {0.6823278038280193},
                Sweep.Lattice.uniform(1, 0.1), 0, 1);
        assertThat(skip.at(0.55).converged()).isTrue();
        // below 0.45 everything fails: the branch ends there, whatever is asked first
        Sweep<double[]> end = new Sweep<>(new Cubic(t -> t < 0.45), ROOT, Sweep.Lattice.uniform(1, 0.1), 0, 0);
        assertThat(end.at(0.2).converged()).isFalse();
        assertThat(end.at(0.3).converged()).isFalse();
        assertThat(end.at(0.46).converged()).isTrue();
        assertThat(end.at(0.2).failure()).isInstanceOf(NonConvergenceException.class);
    }

    @Test
    void theGradedLatticeRefinesTowardsZero() {
        Sweep.Lattice g = Sweep.Lattice.graded(0.15, 0.9);
        assertThat(g.node(0)).isEqualTo(0.15);
        assertThat(g.node(-1)).isCloseTo(0.135, within(1e-15));
        assertThat(g.node(-20) - g.node(-21)).isLessThan(0.002);
        assertThat(g.node(2)).isCloseTo(0.18, within(1e-15));
        // a point of the graded side: the same value alone and among others
        double alone = new Sweep<>(new Cubic(t -> false), ROOT, Sweep.Lattice.graded(1, 0.8), 0, 0).at(0.05).solution()[0];
        Sweep<double[]> s = new Sweep<>(new Cubic(t -> false), ROOT, Sweep.Lattice.graded(1, 0.8), 0, 0);
        assertThat(s.at(new double[] {0.3, 0.05, 0.01}).get(1).solution()[0]).isEqualTo(alone);
    }

    @Test
    void aFailedStepIsSplit() {
        // a direct step of more than 0.06 fails; the split steps get there
        double[] last = {Double.NaN};
        Sweep.Model<double[]> m = new Cubic(t -> false) {
            @Override
            public double[] solve(double t, double[] start) {
                if (!Double.isNaN(last[0]) && Math.abs(t - last[0]) > 0.06) {
                    throw new NonConvergenceException("step", new ConvergenceReport(1, 1, 1e-12, 0, "newton", false));
                }
                last[0] = t;
                return super.solve(t, start);
            }
        };
        last[0] = 1;
        assertThat(new Sweep<>(m, ROOT, Sweep.Lattice.uniform(1, 0.1), 1, 0).at(0.7).converged()).isTrue();
        last[0] = 1;
        assertThat(new Sweep<>(m, ROOT, Sweep.Lattice.uniform(1, 0.1), 0, 0).at(0.7).converged()).isFalse();
    }
}
