package org.robustensemble.analytic.curve;

import java.util.Arrays;
import java.util.List;

import org.robustensemble.analytic.ensemble.RobustEnsembleLimitSolution;
import org.robustensemble.analytic.gardner.Gardner;
import org.robustensemble.analytic.gauss.GaussianFunctions;
import org.robustensemble.analytic.gauss.Quadrature;
import org.robustensemble.analytic.reference.DenseReference;
import org.robustensemble.analytic.reference.DenseReferenceSolution;
import org.robustensemble.analytic.saddle.Continuation;
import org.robustensemble.analytic.saddle.ConvergenceReport;
import org.robustensemble.analytic.saddle.DistanceTarget;
import org.robustensemble.analytic.saddle.NonConvergenceException;
import org.robustensemble.analytic.saddle.StationaryProblem;

/**
 * The local-entropy curve S_I(d) of dense reference solutions ({@link DenseReference}: references constrained to
 * be solutions, y = infinity) at fixed alpha. The distance is an external parameter of the saddle point (S = 1 - 2d
 * is fixed and its conjugate solved for), so no gamma-targeting is needed; gamma = (1/2) dS_I/dd is an output.
 *
 * <p>Points are visited from large d to small d. The first point starts from the unconstrained y = infinity
 * solution at the same d ({@link DenseRegionCurve}, which shares q0, delta, qh0, Dh and whose gamma is close),
 * relaxed by a damped fixed-point iteration in which Gamma is re-solved at every step so that the entropic
 * overlap equals S (a plain simultaneous iteration leaves the domain q0 &gt; S^2), then polished by Newton. Later
 * points start from the previous solutions extrapolated linearly in d, with the same relaxation as a fallback.
 * A distance without a converged saddle point gives a point with {@code converged() == false}.
 */
public final class DenseReferenceCurve {
    private final DenseReference model;
    private final DenseRegionCurve unconstrained;

    /** @param quad numerical resolution */
    public DenseReferenceCurve(Quadrature quad) {
        this(quad, 0);
    }

    /**
     * @param quad  numerical resolution
     * @param kappa margin of the reference and of the counted solutions ({@link DenseReference#DenseReference(Quadrature, double)})
     */
    public DenseReferenceCurve(Quadrature quad, double kappa) {
        this.model = new DenseReference(quad, kappa);
        this.unconstrained = new DenseRegionCurve(quad, kappa, Double.POSITIVE_INFINITY);
    }

    /** Default resolution. */
    public DenseReferenceCurve() {
        this(Quadrature.defaults());
    }

    /**
     * One point of the curve.
     *
     * @param alpha         load
     * @param d             distance between the reference and the counted solutions
     * @param gamma         the coupling selecting d, gamma = (1/2) dS_I/dd
     * @param localEntropy  S_I(d)
     * @param binaryEntropy H2(d), the alpha = 0 curve and an upper bound
     * @param solution      the full saddle point (null if not converged)
     * @param report        convergence diagnostics
     * @param failure       why no saddle point was found (null if converged)
     */
    public record Point(double alpha, double d, double gamma, double localEntropy, double binaryEntropy,
            DenseReferenceSolution solution, ConvergenceReport report, String failure) {

        /** @return whether the saddle point converged at this d */
        public boolean converged() {
            return failure == null;
        }
    }

    /**
     * Computes the curve on the requested distances (any order; returned in the same order).
     *
     * @param alpha load, &gt;= 0 (alpha = 0: S_I = H2(d) exactly, the constraint is void)
     * @param ds    distances in (0, 1/2)
     */
    public List<Point> compute(double alpha, double[] ds) {
        Gardner.checkAlpha(alpha);
        DistanceTarget.checkDistances(ds);
        Integer[] order = Continuation.descending(ds);
        Point[] out = new Point[ds.length];
        double[] prev = null;
        double[] prev2 = null;
        double dPrev = Double.NaN;
        double dPrev2 = Double.NaN;
        for (int idx : order) {
            double d = ds[idx];
            double h2 = GaussianFunctions.binaryEntropy(d);
            if (alpha == 0) {
                double g = DenseRegionCurve.atanh(1 - 2 * d);
                out[idx] = new Point(0, d, g, h2, h2, null, new ConvergenceReport(0, 0, 0, 0, "exact", true), null);
                continue;
            }
            DenseReferenceSolution sol = null;
            RuntimeException failure = null;
            if (prev != null) {
                // extrapolate in d with q0 measured from its lower bound S^2 (q0 > S^2 is the domain)
                double[] p1 = reduced(prev, dPrev);
                double[] start = p1.clone();
                if (prev2 != null && dPrev != dPrev2) {
                    double[] p2 = reduced(prev2, dPrev2);
                    double r = (d - dPrev) / (dPrev - dPrev2);
                    for (int i = 0; i < start.length; i++) {
                        start[i] = p1[i] + r * (p1[i] - p2[i]);
                    }
                }
                start = expanded(start, d);
                if (!DenseReference.admissible(start, 1 - 2 * d)) {
                    start = expanded(p1, d);
                }
                try {
                    sol = solveFrom(alpha, d, start);
                } catch (NonConvergenceException | ArithmeticException | IllegalArgumentException e) {
                    failure = e;
                    // smaller steps in d from the last converged point
                    sol = refine(alpha, dPrev, prev, d, 3);
                }
            }
            if (sol == null) {
                try {
                    sol = startByLoad(alpha, d); // an unreachable d (beyond the gamma = 0 end) is an IllegalArgumentException
                    failure = null;
                } catch (NonConvergenceException | ArithmeticException e) {
                    if (failure == null) {
                        failure = e;
                    }
                }
            }
            if (sol == null) {
                ConvergenceReport rep = failure instanceof NonConvergenceException n ? n.report()
                        : new ConvergenceReport(0, Double.NaN, 1e-11, 0, "newton", false);
                out[idx] = new Point(alpha, d, Double.NaN, Double.NaN, h2, null, rep, String.valueOf(failure.getMessage()));
                continue;
            }
            prev2 = prev;
            dPrev2 = dPrev;
            prev = sol.orderParameters();
            dPrev = d;
            out[idx] = new Point(alpha, d, sol.gamma(), sol.localEntropy(), h2, sol, sol.report(), null);
        }
        return List.of(out);
    }

    /**
     * Continues from the solution {@code x} at {@code d0} to {@code d} in 2^k equal steps (k = 1..maxDepth) with
     * linear extrapolation; returns null if none converges.
     */
    private DenseReferenceSolution refine(double alpha, double d0, double[] x, double d, int maxDepth) {
        for (int k = 1; k <= maxDepth; k++) {
            int n = 1 << k;
            double[] cur = x;
            double[] before = null;
            double dCur = d0;
            DenseReferenceSolution sol = null;
            try {
                for (int i = 1; i <= n; i++) {
                    double dn = d0 + (d - d0) * i / n;
                    double[] start = reduced(cur, dCur);
                    if (before != null) {
                        double[] b = reduced(before, dCur - (d - d0) / n);
                        for (int j = 0; j < start.length; j++) {
                            start[j] += start[j] - b[j];
                        }
                    }
                    start = expanded(start, dn);
                    if (!DenseReference.admissible(start, 1 - 2 * dn)) {
                        start = expanded(reduced(cur, dCur), dn);
                    }
                    sol = solveFrom(alpha, dn, start);
                    before = cur;
                    cur = sol.orderParameters();
                    dCur = dn;
                }
                return sol;
            } catch (NonConvergenceException | ArithmeticException | IllegalArgumentException e) {
                // try finer steps
            }
        }
        return null;
    }

    /**
     * A first solution at (alpha, d): from the unconstrained start ({@link #fromUnconstrained}, relaxed) at load
     * min(alpha, {@link #START_LOAD}), where the unconstrained gamma-march is safe, then continued in alpha at fixed d
     * (steps of at most 0.02, halved on failure, linear extrapolation).
     */
    DenseReferenceSolution startByLoad(double alpha, double d) {
        double a = Math.min(alpha, START_LOAD);
        double[] u = fromUnconstrained(a, d);
        DenseReferenceSolution sol;
        try {
            sol = solveFrom(a, d, u); // the slack solution when the constraint is inactive, else Newton
        } catch (NonConvergenceException | ArithmeticException | IllegalArgumentException e) {
            sol = solveFrom(a, d, relaxed(a, d, u));
        }
        return a == alpha ? sol : continueInLoad(a, sol.orderParameters(), alpha, d);
    }

    /**
     * Continues a solution {@code x} at (alpha0, d) to (alpha, d) in steps of at most 0.02 (halved on failure, linear
     * extrapolation).
     */
    DenseReferenceSolution continueInLoad(double alpha0, double[] x0, double alpha, double d) {
        double a = alpha0;
        double[] x = x0.clone();
        double[] prevX = null;
        double prevA = Double.NaN;
        double step = Math.min(0.02, Math.abs(alpha - alpha0));
        double dir = Math.signum(alpha - alpha0);
        DenseReferenceSolution sol = null;
        while (sol == null || a != alpha) {
            double next = dir > 0 ? Math.min(alpha, a + step) : Math.max(alpha, a - step);
            double[] start = reduced(x, d);
            if (prevX != null) {
                double[] p = reduced(prevX, d);
                double r = (next - a) / (a - prevA);
                for (int i = 0; i < start.length; i++) {
                    start[i] += r * (start[i] - p[i]);
                }
            }
            start = expanded(start, d);
            if (!DenseReference.admissible(start, 1 - 2 * d)) {
                start = x;
            }
            try {
                sol = solveFrom(next, d, start);
                prevX = x;
                prevA = a;
                x = sol.orderParameters();
                a = next;
                step = Math.min(0.02, step * 1.5);
            } catch (NonConvergenceException | ArithmeticException e) {
                step *= 0.5;
                if (step < 1e-4) {
                    throw e;
                }
            }
        }
        return sol;
    }

    /**
     * Continues a solution {@code x0} at (alpha, d0) to (alpha, d): directly, then in finer steps.
     *
     * @throws NonConvergenceException if no step size works
     */
    DenseReferenceSolution continueInD(double alpha, double d0, double[] x0, double d) {
        if (d0 == d) {
            return solveFrom(alpha, d, x0);
        }
        try {
            double[] start = expanded(reduced(x0, d0), d);
            return solveFrom(alpha, d, DenseReference.admissible(start, 1 - 2 * d) ? start : x0);
        } catch (NonConvergenceException | ArithmeticException | IllegalArgumentException e) {
            DenseReferenceSolution sol = refine(alpha, d0, x0, d, 3);
            if (sol == null) {
                throw e instanceof NonConvergenceException n ? n
                        : new NonConvergenceException("dense-reference continuation in d at alpha=" + alpha + " from d="
                                + d0 + " to " + d + " (" + e.getMessage() + ")",
                                new ConvergenceReport(0, Double.NaN, 1e-11, 0, "continuation", false));
            }
            return sol;
        }
    }

    /** The load from which {@link #startByLoad} continues. */
    static final double START_LOAD = 0.6;

    /**
     * @return x in the coordinates used for extrapolation in d: q0 replaced by (q0 - S^2)/(1 - S^2), S = 1 - 2d, and
     *         the reference conjugates as in {@link DenseReference#toLog} (they decay exponentially)
     */
    static double[] reduced(double[] x, double d) {
        double s2 = (1 - 2 * d) * (1 - 2 * d);
        double[] r = DenseReference.toLog(x);
        r[0] = (x[0] - s2) / (1 - s2);
        return r;
    }

    /** The inverse of {@link #reduced}. */
    static double[] expanded(double[] r, double d) {
        double s2 = (1 - 2 * d) * (1 - 2 * d);
        double[] x = DenseReference.fromLog(r);
        x[0] = s2 + r[0] * (1 - s2);
        return x;
    }

    /** Solves at (alpha, d) from a start, with the default resolution of this curve. */
    DenseReferenceSolution solveFrom(double alpha, double d, double[] start) {
        return model.solve(alpha, d, start);
    }

    /** @return the model */
    DenseReference model() {
        return model;
    }

    /**
     * A start built from the unconstrained y = infinity saddle point at the same (alpha, d): its (q0, delta, qh0,
     * Dh, gamma), a small reference susceptibility and no reference conjugates.
     */
    double[] fromUnconstrained(double alpha, double d) {
        DenseRegionCurve.Point u = unconstrained.coldPoint(alpha, Double.POSITIVE_INFINITY, d);
        if (!u.converged()) {
            throw new NonConvergenceException("unconstrained start at alpha=" + alpha + ", d=" + d, u.report());
        }
        RobustEnsembleLimitSolution s = u.limitSolution();
        return new double[] {s.q0(), s.delta(), 1.0, 0.0, s.qHat0(), s.dHat(), 0.01, 0.0, s.gamma()};
    }

    /**
     * Damped fixed-point relaxation towards the saddle point: at every step Gamma is solved (safeguarded secant)
     * so that the entropic overlap equals S, then the other unknowns move a fraction of the way to their
     * fixed-point images. Every 40 steps Newton is tried. Stops when the residual is below 1e-7 (Newton
     * finishes), when Newton converges, or after 2000 steps.
     */
    double[] relaxed(double alpha, double d, double[] start) {
        double s = 1 - 2 * d;
        StationaryProblem p = model.problem(alpha, d, start);
        double[] x = start.clone();
        double[] f = new double[DenseReference.DIM];
        double[] xn = new double[DenseReference.DIM];
        for (int it = 0; it < 2000; it++) {
            solveGamma(p, x, f);
            double res = 0;
            for (double v : f) {
                res = Math.max(res, Math.abs(v));
            }
            if (res < 1e-7) {
                return x;
            }
            if (!Double.isFinite(res)) {
                throw new ArithmeticException("dense-reference relaxation left the domain at " + Arrays.toString(x));
            }
            if (it % 40 == 39) {
                try {
                    return model.solveFull(alpha, d, x).orderParameters();
                } catch (NonConvergenceException | ArithmeticException | IllegalArgumentException e) {
                    // not yet in Newton's basin: relax further
                }
            }
            double lam = 0.5;
            for (int k = 0; k < 40; k++) {
                for (int i = 0; i < 8; i++) {
                    xn[i] = x[i] + lam * f[i];
                }
                xn[8] = x[8];
                if (DenseReference.admissible(xn, s)) {
                    break;
                }
                lam *= 0.5;
            }
            System.arraycopy(xn, 0, x, 0, 8);
        }
        return x;
    }

    /** Solves the Gamma equation (row 8: entropic overlap - S, increasing in Gamma) with the others fixed. */
    private static void solveGamma(StationaryProblem p, double[] x, double[] f) {
        p.residual(x, f);
        double g0 = x[8];
        double f0 = f[8];
        double step = 0.05 * Math.max(0.1, Math.abs(g0));
        double lo = g0;
        double flo = f0;
        double hi = g0;
        double fhi = f0;
        // bracket
        for (int k = 0; k < 60 && flo * fhi > 0; k++) {
            if (f0 < 0) {
                lo = hi;
                flo = fhi;
                hi = hi + step;
                x[8] = hi;
                p.residual(x, f);
                fhi = f[8];
            } else {
                hi = lo;
                fhi = flo;
                lo = lo - step;
                x[8] = lo;
                p.residual(x, f);
                flo = f[8];
            }
            step *= 2;
        }
        if (flo * fhi > 0) {
            x[8] = g0;
            p.residual(x, f);
            return;
        }
        for (int k = 0; k < 100; k++) {
            double w = flo / (flo - fhi);
            w = Math.min(0.9, Math.max(0.1, w));
            double g = lo + w * (hi - lo);
            x[8] = g;
            p.residual(x, f);
            if (Math.abs(f[8]) < 1e-14 || hi - lo < 1e-14) {
                return;
            }
            if (f[8] < 0) {
                lo = g;
                flo = f[8];
            } else {
                hi = g;
                fhi = f[8];
            }
        }
    }
}
