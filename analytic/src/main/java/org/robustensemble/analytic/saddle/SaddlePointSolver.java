package org.robustensemble.analytic.saddle;

import java.util.Arrays;

/**
 * Newton's method on stationarity conditions F(x) = 0 with a finite-difference Jacobian and a backtracking line
 * search on |F|, keeping iterates inside the problem's domain; when Newton stalls, a damped fixed-point
 * iteration x &lt;- x + lambda (T(x) - x) takes over for a while, then Newton resumes.
 *
 * <p>Configuration is fixed at construction. Convergence means max_i |F_i(x)| &lt;= tolerance; otherwise a
 * {@link NonConvergenceException} carries the last residual. The Jacobian uses forward differences with step
 * {@code fdStep * scale_i}: for equations evaluated to ~1e-14 a step of 1e-7 gives ~1e-7 relative accuracy,
 * ample for quadratic-like convergence of Newton.
 */
public final class SaddlePointSolver {
    private final double tolerance;
    private final int maxIterations;
    private final double fdStep;
    private final double damping;
    private final int nodesForReport;

    /**
     * @param tolerance     max-norm of the residual to accept
     * @param maxIterations Newton iterations (fallback iterations count too)
     * @param fdStep        relative finite-difference step for the Jacobian
     * @param damping       lambda of the fixed-point fallback, in (0, 1]
     * @param nodesForReport quadrature node count to quote in the report
     */
    public SaddlePointSolver(double tolerance, int maxIterations, double fdStep, double damping, int nodesForReport) {
        if (!(tolerance > 0) || maxIterations < 1 || !(fdStep > 0) || !(damping > 0 && damping <= 1)) {
            throw new IllegalArgumentException("bad solver settings: tol=" + tolerance + ", maxIter=" + maxIterations
                    + ", fdStep=" + fdStep + ", damping=" + damping);
        }
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
        this.fdStep = fdStep;
        this.damping = damping;
        this.nodesForReport = nodesForReport;
    }

    /** Defaults: tolerance 1e-11, 60 iterations, fd step 1e-7, damping 0.5. */
    public static SaddlePointSolver defaults(int nodesForReport) {
        return new SaddlePointSolver(1e-11, 60, 1e-7, 0.5, nodesForReport);
    }

    /** @return a copy with another tolerance */
    public SaddlePointSolver withTolerance(double tol) {
        return new SaddlePointSolver(tol, maxIterations, fdStep, damping, nodesForReport);
    }

    /**
     * Solves F(x) = 0 from x0.
     *
     * @param what a name for error messages (e.g. "robust ensemble saddle point at alpha=0.6, y=4, gamma=0.5")
     * @throws NonConvergenceException if the tolerance is not reached
     */
    public SaddlePoint solve(StationaryProblem p, double[] x0, String what) {
        return solve(p, x0, what, null);
    }

    /**
     * Solves F(x) = 0 from x0, first by quasi-Newton steps from a given approximate Jacobian (e.g. that of the same
     * equations on a coarser quadrature at the same start), updated by Broyden's rank-one formula (one residual per
     * step instead of n + 1), as long as each step at least halves the residual; then by Newton as {@link #solve(StationaryProblem, double[],
     * String)} does. The acceptance test is the same.
     *
     * @param chord the approximate Jacobian dF_i/dx_j at x0 (not modified), or null for Newton alone
     */
    public SaddlePoint solve(StationaryProblem p, double[] x0, String what, double[][] chord) {
        int n = p.dimension();
        if (x0.length != n) {
            throw new IllegalArgumentException("starting point has " + x0.length + " entries, problem has " + n);
        }
        if (!p.admissible(x0)) {
            throw new IllegalArgumentException(what + ": starting point " + Arrays.toString(x0) + " is outside the domain");
        }
        double[] x = x0.clone();
        double[] f = new double[n];
        double[] ft = new double[n];
        double[] xt = new double[n];
        double[][] jac = new double[n][n];
        double[] dx = new double[n];
        p.residual(x, f);
        double res = maxAbs(f);
        checkFinite(f, x, what);
        int it = 0;
        int stalls = 0;
        String method = "newton";
        if (chord != null) {
            double[][] b = new double[n][];
            for (int i = 0; i < n; i++) {
                b[i] = chord[i].clone();
            }
            int steps = 0;
            while (res > tolerance && steps < 20 && solveLinear(b, f, dx)) {
                for (int i = 0; i < n; i++) {
                    xt[i] = x[i] - dx[i];
                }
                if (!p.admissible(xt)) {
                    break;
                }
                p.residual(xt, ft);
                double rt = maxAbs(ft);
                if (!allFinite(ft) || !(rt < 0.5 * res)) {
                    break;
                }
                // Broyden's rank-one update: B += (df - B s) s^T / (s^T s), s = -dx
                double ss = 0;
                for (int j = 0; j < n; j++) {
                    ss += dx[j] * dx[j];
                }
                for (int i = 0; i < n; i++) {
                    double bs = 0;
                    for (int j = 0; j < n; j++) {
                        bs -= b[i][j] * dx[j];
                    }
                    double r = (ft[i] - f[i] - bs) / ss;
                    for (int j = 0; j < n; j++) {
                        b[i][j] -= r * dx[j];
                    }
                }
                System.arraycopy(xt, 0, x, 0, n);
                System.arraycopy(ft, 0, f, 0, n);
                res = rt;
                steps++;
                it++;
            }
            method = res <= tolerance ? "broyden" : "broyden+newton";
        }
        while (res > tolerance && it < maxIterations) {
            it++;
            boolean improved = false;
            // Newton step with a finite-difference Jacobian
            if (jacobian(p, x, f, jac, xt, ft) && solveLinear(jac, f, dx)) {
                double step = 1.0;
                double norm0 = norm2(f);
                for (int ls = 0; ls < 30; ls++) {
                    for (int i = 0; i < n; i++) {
                        xt[i] = x[i] - step * dx[i];
                    }
                    if (p.admissible(xt)) {
                        p.residual(xt, ft);
                        if (allFinite(ft) && norm2(ft) < (1 - 1e-4 * step) * norm0) {
                            System.arraycopy(xt, 0, x, 0, n);
                            System.arraycopy(ft, 0, f, 0, n);
                            improved = true;
                            break;
                        }
                    }
                    step *= 0.5;
                }
            }
            if (!improved && !p.hasFixedPointForm()) {
                break;
            }
            if (!improved) {
                // damped fixed-point fallback
                stalls++;
                method = "newton+damped-fixed-point";
                for (int k = 0; k < 20 * stalls; k++) {
                    p.fixedPointMap(x, ft);
                    double lam = damping;
                    boolean moved = false;
                    for (int ls = 0; ls < 20; ls++) {
                        for (int i = 0; i < n; i++) {
                            xt[i] = x[i] + lam * (ft[i] - x[i]);
                        }
                        if (p.admissible(xt)) {
                            moved = true;
                            break;
                        }
                        lam *= 0.5;
                    }
                    if (!moved) {
                        break;
                    }
                    System.arraycopy(xt, 0, x, 0, n);
                }
                p.residual(x, f);
                checkFinite(f, x, what);
                if (stalls > 5) {
                    res = maxAbs(f);
                    break;
                }
            }
            res = maxAbs(f);
        }
        ConvergenceReport rep = new ConvergenceReport(it, res, tolerance, nodesForReport, method, res <= tolerance);
        if (!rep.converged()) {
            throw new NonConvergenceException(what + " (last point " + Arrays.toString(x) + ")", rep);
        }
        return new SaddlePoint(x, rep);
    }

    /**
     * The forward-difference Jacobian of p at x (the steps of {@link #solve}), or null where a step leaves the domain
     * or gives a non-finite residual.
     */
    public double[][] jacobian(StationaryProblem p, double[] x) {
        int n = p.dimension();
        double[] f = new double[n];
        p.residual(x, f);
        double[][] jac = new double[n][n];
        return allFinite(f) && jacobian(p, x, f, jac, new double[n], new double[n]) ? jac : null;
    }

    private boolean jacobian(StationaryProblem p, double[] x, double[] f, double[][] jac, double[] xt, double[] ft) {
        int n = x.length;
        for (int j = 0; j < n; j++) {
            System.arraycopy(x, 0, xt, 0, n);
            double h = fdStep * p.scale(x, j);
            xt[j] = x[j] + h;
            if (!p.admissible(xt)) {
                h = -h;
                xt[j] = x[j] + h;
                if (!p.admissible(xt)) {
                    return false;
                }
            }
            p.residual(xt, ft);
            if (!allFinite(ft)) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                jac[i][j] = (ft[i] - f[i]) / h;
            }
        }
        return true;
    }

    /** Gaussian elimination with partial pivoting; returns false if singular. a and b are not modified. */
    static boolean solveLinear(double[][] a0, double[] b0, double[] out) {
        int n = b0.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = Arrays.copyOf(a0[i], n + 1);
            a[i][n] = b0[i];
        }
        for (int c = 0; c < n; c++) {
            int piv = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) {
                    piv = r;
                }
            }
            if (Math.abs(a[piv][c]) < 1e-300) {
                return false;
            }
            double[] t = a[c];
            a[c] = a[piv];
            a[piv] = t;
            for (int r = c + 1; r < n; r++) {
                double m = a[r][c] / a[c][c];
                for (int k = c; k <= n; k++) {
                    a[r][k] -= m * a[c][k];
                }
            }
        }
        for (int r = n - 1; r >= 0; r--) {
            double s = a[r][n];
            for (int k = r + 1; k < n; k++) {
                s -= a[r][k] * out[k];
            }
            out[r] = s / a[r][r];
        }
        return allFinite(out);
    }

    private static void checkFinite(double[] f, double[] x, String what) {
        if (!allFinite(f)) {
            throw new ArithmeticException(what + ": non-finite residual " + Arrays.toString(f) + " at " + Arrays.toString(x));
        }
    }

    static boolean allFinite(double[] v) {
        for (double d : v) {
            if (!Double.isFinite(d)) {
                return false;
            }
        }
        return true;
    }

    static double maxAbs(double[] v) {
        double m = 0;
        for (double d : v) {
            m = Math.max(m, Math.abs(d));
        }
        return m;
    }

    static double norm2(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d * d;
        }
        return Math.sqrt(s);
    }
}
