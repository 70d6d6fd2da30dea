package org.robustensemble.analytic.curve;

import java.util.ArrayList;
import java.util.List;

import org.robustensemble.analytic.gardner.Gardner;
import org.robustensemble.analytic.gauss.Quadrature;
import org.robustensemble.analytic.reference.DenseReferenceSolution;
import org.robustensemble.analytic.saddle.ConvergenceReport;
import org.robustensemble.analytic.saddle.NonConvergenceException;

/**
 * The break-up point alpha_U of the dense regions (Baldassi et al., PRL 115, 128101 (2015)): the smallest load at
 * which the local-entropy curve S_I(d) of dense reference solutions ({@link DenseReference}, y = infinity, RS)
 * stops being monotone in d. Since dS_I/dd = 2 gamma(d), this is where gamma(d) first touches zero at an interior
 * small d: with g(alpha) = min_d gamma(d; alpha) over the small-d dip of gamma, alpha_U is the root of g. The
 * inner minimum is found by a scan and successive parabolic interpolation, the outer root by a safeguarded secant
 * (see {@link #compute}). Saddle points are continued from the nearest one already solved. Not thread-safe.
 */
public final class BreakupPoint {
    private final DenseReferenceCurve curve;
    private final Gardner gardner;
    private final double kappa;
    private final List<Known> known = new ArrayList<>();
    private int solves;
    private java.util.function.Consumer<Sample> progress = s -> { };

    private record Known(double alpha, double d, double[] x) {
    }

    /** One evaluation of g: the minimum of gamma(d) at a load. */
    public record Sample(double alpha, double dMin, double gammaMin) {
    }

    /**
     * The result.
     *
     * @param alphaU     the break-up load
     * @param dU         the distance of the dip minimum at the largest load computed below alpha_U
     * @param gammaAtU   the minimum of gamma there (small and positive; the last lower bracket's g)
     * @param iterations outer (alpha) evaluations
     * @param solves     saddle points solved in total
     * @param samples    every evaluation of g
     * @param report     convergence: residual |g(alpha_U)|, tolerance on alpha
     */
    public record Result(double alphaU, double dU, double gammaAtU, int iterations, int solves, List<Sample> samples,
            ConvergenceReport report) {
    }

    /** @param quad numerical resolution */
    public BreakupPoint(Quadrature quad) {
        this(quad, 0);
    }

    /**
     * @param quad  numerical resolution
     * @param kappa margin of the reference and of the counted solutions
     */
    public BreakupPoint(Quadrature quad, double kappa) {
        this.curve = new DenseReferenceCurve(quad, kappa);
        this.gardner = new Gardner(quad, kappa, Double.POSITIVE_INFINITY);
        this.kappa = kappa;
    }

    /** Default resolution. */
    public BreakupPoint() {
        this(Quadrature.defaults());
    }

    /** @param listener receives every evaluation of g as it is computed (e.g. progress on stderr); returns this */
    public BreakupPoint onSample(java.util.function.Consumer<Sample> listener) {
        this.progress = listener;
        return this;
    }

    /**
     * Finds alpha_U in [alphaLo, alphaHi] to {@code tolerance} in alpha.
     *
     * <p>Below alpha_U, g(alpha) = min gamma(d) over the dip is positive and is computed; at and above alpha_U
     * gamma(d) reaches zero inside the dip, where the RS saddle point of the constrained reference ends (the reference
     * decouples: its conjugates vanish as gamma -&gt; 0, so gamma cannot turn negative; see the docs). The search keeps
     * a bracket [lo, hi] with g(lo) &gt; 0 computed and hi a load where gamma reached zero; the next load is the
     * secant root of the last two computed g (overshot by tolerance/2 so that the bracket closes from above), or the
     * midpoint when that falls outside the bracket. The result is the secant root of the final samples, inside the
     * bracket.
     *
     * @param alphaLo a load where the curve is monotone
     * @param alphaHi a load where it is not (if the saddle point is lost there before gamma reaches zero, the upper
     *                end moves halfway to alphaLo, up to {@link #MAX_UPPER_RETRIES} times)
     * @param dGuess  a distance near the dip of gamma(d) (e.g. 0.03)
     * @param tolerance absolute tolerance on alpha (the final bracket width)
     */
    public Result compute(double alphaLo, double alphaHi, double dGuess, double tolerance) {
        if (!(alphaLo > 0 && alphaHi > alphaLo && alphaHi < 0.83)) {
            throw new IllegalArgumentException("bad bracket [" + alphaLo + ", " + alphaHi
                    + "]: need 0 < lo < hi < 0.83 (below the capacity)");
        }
        if (!(dGuess > 0.005 && dGuess < 0.2) || !(tolerance > 0)) {
            throw new IllegalArgumentException("dGuess = " + dGuess + " must be in (0.005, 0.2), tolerance = " + tolerance + " > 0");
        }
        double alphaC = gardner.capacity(1e-6).alphaC();
        if (!(alphaHi < alphaC)) {
            throw new IllegalArgumentException(String.format("the bracket [%s, %s] reaches the capacity alpha_c = %.6f"
                    + " at margin kappa = %s (no solutions beyond it): choose alpha_hi below it", alphaLo, alphaHi, alphaC,
                    kappa));
        }
        List<Sample> samples = new ArrayList<>();
        Sample low = minimum(alphaLo, dGuess);
        samples.add(low);
        progress.accept(low);
        if (low.gammaMin() <= 0) {
            throw new NonConvergenceException("break-up point: gamma(d) already reaches zero at alpha_lo = " + alphaLo,
                    new ConvergenceReport(1, Double.NaN, tolerance, 0, "bracket", false));
        }
        Sample prevLow = null;
        double hi = alphaHi;
        Sample top = null;
        for (int k = 0; top == null; k++) {
            try {
                top = minimum(hi, low.dMin());
            } catch (NonConvergenceException | ArithmeticException e) {
                // the saddle point was lost on the way to hi before gamma reached zero (well above alpha_U the RS
                // branch of the constrained reference ends inside the dip): the upper end moves halfway down, since
                // only a load where gamma(d) is seen to reach zero bounds alpha_U from above
                if (k == MAX_UPPER_RETRIES) {
                    throw e;
                }
                hi = 0.5 * (low.alpha() + hi);
            }
        }
        samples.add(top);
        progress.accept(top);
        if (top.gammaMin() > 0) {
            throw new NonConvergenceException("break-up point: gamma(d) stays positive at alpha_hi = " + hi,
                    new ConvergenceReport(2, top.gammaMin(), tolerance, 0, "bracket", false));
        }
        int it = 0;
        while (hi - low.alpha() > tolerance && it++ < 40) {
            double next;
            if (prevLow != null) {
                double root = secantRoot(prevLow, low);
                next = root + 0.5 * tolerance;
                if (!(next > low.alpha() && next < hi)) {
                    next = 0.5 * (low.alpha() + hi);
                }
            } else {
                next = 0.5 * (low.alpha() + hi);
            }
            Sample s = minimum(next, low.dMin());
            samples.add(s);
            progress.accept(s);
            if (s.gammaMin() > 0) {
                prevLow = low;
                low = s;
            } else {
                hi = next;
            }
        }
        if (hi - low.alpha() > tolerance) {
            throw new NonConvergenceException("break-up point bracket [" + low.alpha() + ", " + hi + "]",
                    new ConvergenceReport(it, hi - low.alpha(), tolerance, 0, "secant-bisection", false));
        }
        double alphaU = prevLow == null ? 0.5 * (low.alpha() + hi)
                : Math.min(hi, Math.max(low.alpha(), secantRoot(prevLow, low)));
        ConvergenceReport rep = new ConvergenceReport(samples.size(), hi - low.alpha(), tolerance,
                curve.model().quadrature().hermiteNodes(), "secant-bisection(alpha) o parabolic(d); bracket ["
                        + low.alpha() + ", " + hi + "]", true);
        return new Result(alphaU, low.dMin(), low.gammaMin(), samples.size(), solves, List.copyOf(samples), rep);
    }

    /** How often the upper end of the bracket is moved halfway down when its saddle point is lost. */
    static final int MAX_UPPER_RETRIES = 3;

    private static double secantRoot(Sample a, Sample b) {
        return b.alpha() - b.gammaMin() * (b.alpha() - a.alpha()) / (b.gammaMin() - a.gammaMin());
    }

    /**
     * g(alpha): the minimum of gamma(d) in the dip, scanning d downwards from dGuess + 0.009 in steps of 0.0015 until
     * gamma turns up, then successive parabolic interpolation (to 1e-6 in d). If gamma reaches zero first, or the
     * saddle point is lost at a d where the linear extrapolation of the last two gammas is already &lt;= 0, the sample
     * has gammaMin &lt;= 0: the load is at or above alpha_U. Any other failure is a NonConvergenceException.
     */
    public Sample minimum(double alpha, double dGuess) {
        double h = 0.0015;
        double[] d = new double[3];
        double[] g = new double[3];
        int n = 0;
        double dd = dGuess + 0.009;
        while (true) {
            double gamma;
            try {
                gamma = gamma(alpha, dd);
            } catch (NonConvergenceException | ArithmeticException e) {
                // lost while gamma was heading to zero: the linear extrapolation of the last two values is <= 0 here
                if (n >= 2) {
                    int i1 = Math.min(n, 3) - 1;
                    double extrapolated = g[i1] + (g[i1] - g[i1 - 1]) * (dd - d[i1]) / (d[i1] - d[i1 - 1]);
                    if (g[i1] < g[i1 - 1] && extrapolated <= 0) {
                        return new Sample(alpha, dd, extrapolated);
                    }
                }
                throw e;
            }
            if (gamma <= 0) {
                return new Sample(alpha, dd, gamma);
            }
            if (n < 3) {
                d[n] = dd;
                g[n] = gamma;
                n++;
            } else {
                d[0] = d[1];
                g[0] = g[1];
                d[1] = d[2];
                g[1] = g[2];
                d[2] = dd;
                g[2] = gamma;
            }
            if (n == 3 && g[1] < g[0] && g[1] <= g[2]) {
                break;
            }
            dd -= h;
            if (dd < 0.005) {
                throw new NonConvergenceException("no minimum of gamma(d) at alpha=" + alpha + " above d = 0.005",
                        new ConvergenceReport(0, Double.NaN, 1e-6, 0, "scan", false));
            }
        }
        // successive parabolic interpolation on the bracketing triple (d[0] > d[1] > d[2])
        for (int k = 0; k < 12; k++) {
            double num = (d[1] - d[0]) * (d[1] - d[0]) * (g[1] - g[2]) - (d[1] - d[2]) * (d[1] - d[2]) * (g[1] - g[0]);
            double den = (d[1] - d[0]) * (g[1] - g[2]) - (d[1] - d[2]) * (g[1] - g[0]);
            double v = d[1] - 0.5 * num / den;
            if (!(v < d[0] && v > d[2]) || Math.abs(v - d[1]) < 1e-6) {
                break;
            }
            double gv = gamma(alpha, v);
            if (gv <= 0) {
                return new Sample(alpha, v, gv);
            }
            if (gv < g[1]) {
                if (v < d[1]) {
                    d[0] = d[1];
                    g[0] = g[1];
                } else {
                    d[2] = d[1];
                    g[2] = g[1];
                }
                d[1] = v;
                g[1] = gv;
            } else if (v < d[1]) {
                d[2] = v;
                g[2] = gv;
            } else {
                d[0] = v;
                g[0] = gv;
            }
        }
        return new Sample(alpha, d[1], g[1]);
    }

    /** gamma at (alpha, d), continued from the nearest solved point. */
    double gamma(double alpha, double d) {
        return solve(alpha, d).gamma();
    }

    private DenseReferenceSolution solve(double alpha, double d) {
        Known near = null;
        double best = Double.POSITIVE_INFINITY;
        for (Known k : known) {
            double dist = Math.abs(k.alpha() - alpha) / 0.01 + Math.abs(k.d() - d) / 0.002;
            if (dist < best) {
                best = dist;
                near = k;
            }
        }
        DenseReferenceSolution sol = null;
        if (near != null) {
            if (near.alpha() == alpha) {
                sol = curve.continueInD(alpha, near.d(), near.x(), d);
            } else {
                try {
                    DenseReferenceSolution atD = near.d() == d ? null : curve.continueInD(near.alpha(), near.d(), near.x(), d);
                    double[] from = atD == null ? near.x() : atD.orderParameters();
                    sol = curve.continueInLoad(near.alpha(), from, alpha, d);
                } catch (NonConvergenceException | ArithmeticException e) {
                    sol = null;
                }
            }
        }
        if (sol == null) {
            sol = curve.startByLoad(alpha, d);
        }
        solves++;
        known.add(new Known(alpha, d, sol.orderParameters()));
        return sol;
    }
}
