package org.robustensemble.analytic.saddle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SaddlePointSolverTest {

    /** x = cos(y), y = 0.5 sin(x) + 0.3, a fixed point with an analytic check. */
    private static final StationaryProblem COUPLED = new StationaryProblem() {
        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public void residual(double[] x, double[] out) {
            out[0] = Math.cos(x[1]) - x[0];
            out[1] = 0.5 * Math.sin(x[0]) + 0.3 - x[1];
        }

        @Override
        public boolean admissible(double[] x) {
            return Math.abs(x[0]) < 10 && Math.abs(x[1]) < 10;
        }
    };

    @Test
    void newtonConvergesQuadraticallyAndReports() {
        SaddlePoint sp = SaddlePointSolver.defaults(0).solve(COUPLED, new double[] {0, 0}, "test");
        double x = sp.x()[0];
        double y = sp.x()[1];
        assertThat(Math.cos(y)).isCloseTo(x, within(1e-12));
        assertThat(0.5 * Math.sin(x) + 0.3).isCloseTo(y, within(1e-12));
        assertThat(sp.report().converged()).isTrue();
        assertThat(sp.report().iterations()).isBetween(1, 8);
        assertThat(sp.report().residual()).isLessThanOrEqualTo(1e-11);
    }

    @Test
    void saddleNotMaximum() {
        // F = grad of f(x, y) = x^2 - y^2 + x y - x: a saddle at the stationary point
        StationaryProblem p = new StationaryProblem() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public void residual(double[] v, double[] out) {
                out[0] = 2 * v[0] + v[1] - 1;
                out[1] = -2 * v[1] + v[0];
            }

            @Override
            public boolean admissible(double[] v) {
                return true;
            }

            @Override
            public boolean hasFixedPointForm() {
                return false;
            }
        };
        SaddlePoint sp = SaddlePointSolver.defaults(0).solve(p, new double[] {5, -3}, "saddle");
        assertThat(sp.x()[0]).isCloseTo(0.4, within(1e-12));
        assertThat(sp.x()[1]).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void nonConvergenceIsAnExceptionWithTheResidual() {
        StationaryProblem none = new StationaryProblem() {
            @Override
            public int dimension() {
                return 1;
            }

            @Override
            public void residual(double[] x, double[] out) {
                out[0] = x[0] * x[0] + 1; // no real root
            }

            @Override
            public boolean admissible(double[] x) {
                return Math.abs(x[0]) < 100;
            }
        };
        assertThatThrownBy(() -> new SaddlePointSolver(1e-10, 10, 1e-7, 0.5, 0).solve(none, new double[] {1}, "rootless"))
                .isInstanceOf(NonConvergenceException.class).hasMessageContaining("rootless")
                .hasMessageContaining("residual=")
                .satisfies(e -> assertThat(((NonConvergenceException) e).report().converged()).isFalse());
    }
}
