package org.robustensemble.analytic.typical;

import static org.robustensemble.analytic.gauss.GaussianFunctions.lnTwoCosh;

import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.exception.MathIllegalStateException;
import org.robustensemble.analytic.gauss.GaussianFunctions;
import org.robustensemble.analytic.gauss.GaussianRule;
import org.robustensemble.analytic.saddle.ConvergenceReport;
import org.robustensemble.analytic.saddle.NonConvergenceException;

/**
 * Entropy of the solutions of a teacher-student (planted) binary perceptron, replica symmetric on the Nishimori
 * line (Gardner and Derrida, J. Phys. A 22, 1983 (1989); Gyorgyi, PRA 41, 7097 (1990); Sompolinsky, Tishby and
 * Seung, PRL 65, 1683 (1990); docs/theory.md 3.7). Labels come from a uniform binary teacher W*, so the teacher is
 * a uniform sample of its instance's solutions and the replica order parameters obey R = q (the overlap of a
 * solution with the teacher equals the overlap of two solutions):
 * <pre>
 *   s_TS(alpha) = ln 2 + extr_{q, r} [ -r/2 + E_z ln cosh(sqrt(r) z + r) + alpha Psi(q) - r q/2 ],
 *   Psi(q) = 2 E_v H(-u v) ln H(-u v),   u = sqrt(q/(1-q)),
 * </pre>
 * with the stationarity conditions
 * <pre>
 *   q = E_z tanh(sqrt(r) z + r),    r = 2 alpha Psi'(q) = (2 alpha/(1-q)) E_v G(u v)^2 / H(-u v).
 * </pre>
 * Exact limits: at alpha = 0, s = ln 2 and R = 0; for small alpha, R = 2 alpha/pi + O(alpha^2) and
 * s = ln 2 (1 - alpha) + O(alpha^2) (every pattern halves the volume). The poor-generalization branch (the first
 * root of q = E tanh from q = 0 upwards) loses entropy as alpha grows; the perfect-learning state R = 1 (the
 * teacher alone, entropy 0) solves the equations for every alpha. The equilibrium state jumps from the first to
 * the second where the entropy of the first vanishes: the first-order transition {@link #perfectLearningLoad}
 * (about 1.245, Gyorgyi 1990).
 *
 * <p>Numerics: expectations on composite Gauss-Legendre panels of width 1/16 on [-10, 10] (the integrands have
 * transitions of width 1/sqrt(r) and 1/u); the fixed point is bracketed on a grid of q and polished by Brent's
 * method to 1e-14. Immutable and thread-safe.
 */
public final class TeacherStudent {
    private static final int GRID = 400;
    private final GaussianRule rule;

    /** Default resolution: panels of width 1/16, 8 Gauss-Legendre points each. */
    public TeacherStudent() {
        this(1.0 / 16);
    }

    /** @param panelWidth width of the composite Gauss-Legendre panels on [-10, 10] (for convergence checks) */
    public TeacherStudent(double panelWidth) {
        if (!(panelWidth > 0 && panelWidth <= 1)) {
            throw new IllegalArgumentException("panel width = " + panelWidth + " must be in (0, 1]");
        }
        this.rule = GaussianRule.panels(-10, 10, panelWidth, 8);
    }

    /** @return Psi(q) = 2 E_v H(-u v) ln H(-u v), the energetic term per pattern (q in [0, 1)) */
    public double psi(double q) {
        checkQ(q);
        double u = Math.sqrt(q / (1 - q));
        double s = 0;
        for (int i = 0; i < rule.size(); i++) {
            double x = -u * rule.node(i);
            double lh = GaussianFunctions.lnH(x);
            s += rule.weight(i) * Math.exp(lh) * lh;
        }
        return 2 * s;
    }

    /** @return r(q) = 2 alpha Psi'(q) = (2 alpha/(1-q)) E_v G(u v)^2/H(-u v), the conjugate of q */
    public double conjugate(double alpha, double q) {
        checkQ(q);
        double u = Math.sqrt(q / (1 - q));
        double s = 0;
        for (int i = 0; i < rule.size(); i++) {
            double x = -u * rule.node(i);
            s += rule.weight(i) * GaussianFunctions.g(x) * GaussianFunctions.gOverH(x);
        }
        return 2 * alpha / (1 - q) * s;
    }

    /** @return m(r) = E_z tanh(sqrt(r) z + r), the overlap with the teacher of the single-site measure at field r */
    public double overlap(double r) {
        double sr = Math.sqrt(r);
        double s = 0;
        for (int i = 0; i < rule.size(); i++) {
            s += rule.weight(i) * GaussianFunctions.tanh(sr * rule.node(i) + r);
        }
        return s;
    }

    /** @return the RS free entropy ln 2 - r/2 + E ln cosh(sqrt(r) z + r) + alpha Psi(q) - r q/2 at (q, r) */
    public double entropy(double alpha, double q, double r) {
        double sr = Math.sqrt(r);
        double e = 0;
        for (int i = 0; i < rule.size(); i++) {
            e += rule.weight(i) * lnTwoCosh(sr * rule.node(i) + r);
        }
        // E ln cosh = E ln 2cosh - ln 2, and the ln 2 in front cancels it
        return e - r / 2 + alpha * psi(q) - r * q / 2;
    }

    /** The fixed-point function F(q) = m(r(q)) - q. */
    private double residual(double alpha, double q) {
        return overlap(conjugate(alpha, q)) - q;
    }

    /**
     * The poor-generalization branch at load alpha: the first root of q = m(r(q)) above q = 0.
     *
     * @throws NonConvergenceException if the branch does not exist at this load (beyond its spinodal, about
     *                                 alpha = 1.49, only the perfect-learning state remains)
     */
    public TeacherStudentSolution poorBranch(double alpha) {
        checkAlpha(alpha);
        if (alpha == 0) {
            return new TeacherStudentSolution(0, 0, Math.log(2), 0, 0, false,
                    new ConvergenceReport(0, 0, 0, rule.size(), "exact", true));
        }
        double lo = 0;
        double fLo = residual(alpha, 0);
        for (int k = 1; k < GRID; k++) {
            double q = k / (double) GRID;
            double f = residual(alpha, q);
            if (fLo > 0 && f <= 0) {
                return polish(alpha, lo, q);
            }
            lo = q;
            fLo = f;
        }
        throw new NonConvergenceException("teacher-student poor-generalization branch at alpha=" + alpha
                + " (no root of q = E tanh(sqrt(r) z + r) below q = " + (GRID - 1.0) / GRID
                + "; beyond the spinodal only R = 1 remains)",
                new ConvergenceReport(GRID, fLo, 1e-14, rule.size(), "grid", false));
    }

    private TeacherStudentSolution polish(double alpha, double lo, double hi) {
        BracketingNthOrderBrentSolver brent = new BracketingNthOrderBrentSolver(1e-15, 1e-14, 1e-15, 5);
        try {
            double q = brent.solve(200, x -> residual(alpha, x), lo, hi);
            double r = conjugate(alpha, q);
            double res = Math.abs(overlap(r) - q);
            return new TeacherStudentSolution(alpha, q, entropy(alpha, q, r), q, r, false,
                    new ConvergenceReport(brent.getEvaluations(), res, 1e-12, rule.size(), "brent", res <= 1e-12));
        } catch (MathIllegalStateException e) {
            throw new NonConvergenceException("teacher-student fixed point at alpha=" + alpha,
                    new ConvergenceReport(200, Double.NaN, 1e-14, rule.size(), "brent", false));
        }
    }

    /**
     * The equilibrium state at load alpha: the poor-generalization branch below the transition load
     * {@code alphaPerfect}, the perfect-learning state R = q = 1 (entropy 0, qHat infinite) at and above it.
     *
     * @param alphaPerfect the transition load ({@link #perfectLearningLoad})
     */
    public TeacherStudentSolution solve(double alpha, double alphaPerfect) {
        checkAlpha(alpha);
        if (alpha >= alphaPerfect) {
            return new TeacherStudentSolution(alpha, 1, 0, 1, Double.POSITIVE_INFINITY, true,
                    new ConvergenceReport(0, 0, 0, rule.size(), "exact", true));
        }
        return poorBranch(alpha);
    }

    /**
     * The first-order transition to perfect learning: the load where the entropy of the poor-generalization
     * branch vanishes (Gyorgyi 1990: about 1.245).
     *
     * @param tolerance absolute accuracy on the load
     * @return the load and the poor-branch solution there
     */
    public Transition perfectLearningLoad(double tolerance) {
        double lo = 1.0;
        double hi = 1.45;
        if (!(poorBranch(lo).entropy() > 0 && poorBranch(hi).entropy() < 0)) {
            throw new NonConvergenceException("perfect-learning transition bracket [1, 1.45]",
                    new ConvergenceReport(2, Double.NaN, tolerance, rule.size(), "bracket", false));
        }
        BracketingNthOrderBrentSolver brent = new BracketingNthOrderBrentSolver(1e-15, tolerance, 1e-15, 5);
        try {
            double a = brent.solve(100, x -> poorBranch(x).entropy(), lo, hi);
            TeacherStudentSolution at = poorBranch(a);
            return new Transition(a, at, new ConvergenceReport(brent.getEvaluations(), Math.abs(at.entropy()),
                    tolerance, rule.size(), "brent", true));
        } catch (MathIllegalStateException e) {
            throw new NonConvergenceException("perfect-learning transition root search",
                    new ConvergenceReport(100, Double.NaN, tolerance, rule.size(), "brent", false));
        }
    }

    /**
     * The first-order transition to perfect learning.
     *
     * @param alphaPerfect the load where the poor-generalization entropy vanishes
     * @param at           the poor-branch solution there (its R is the overlap just before the jump to 1)
     * @param report       root-search diagnostics
     */
    public record Transition(double alphaPerfect, TeacherStudentSolution at, ConvergenceReport report) {
    }

    private static void checkQ(double q) {
        if (!(q >= 0 && q < 1)) {
            throw new IllegalArgumentException("q = " + q + " must be in [0, 1)");
        }
    }

    private static void checkAlpha(double alpha) {
        if (!(alpha >= 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("alpha = " + alpha + " must be finite and >= 0");
        }
    }
}
