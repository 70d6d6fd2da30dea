package org.robustensemble.analytic.curve;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.robustensemble.analytic.gauss.Quadrature;
import org.robustensemble.analytic.saddle.ConvergenceReport;
import org.robustensemble.analytic.saddle.NonConvergenceException;

/**
 * The break-up load of the Sigma_ext = 0 curve (analytic/docs/dense-reference.md sections 9.1-9.2): the smallest
 * alpha at which the branch of the curve connected to d -&gt; 0 (B) no longer folds back onto the branch at larger d
 * but runs on, with gamma -&gt; 0 and y* -&gt; infinity, to close off as an isolated cluster.
 *
 * <p>A load is classified by continuing the Sigma_ext = 0 curve ({@link ZeroComplexityCurve}) upwards in d on a fixed
 * grid: steps of 0.0025 from d = 0.02, 0.0005 from 0.035, 1e-4 through the dip (0.040-0.046) where B folds, 0.0005 up
 * to 0.06 and 0.0025 up to 0.09. Along the path dS_I/dd = 2 gamma holds on every branch, so a step whose measured slope
 * Delta S_I / (2 Delta d) differs from the mean gamma of its ends by more than {@value #JUMP} is a jump to another
 * branch (at a fold). The load is <em>detached</em> if gamma falls below {@value #GAMMA_END} before any such jump.
 * Detachment is then located by bisection in alpha. Measured: folds at 0.7666-0.76682 have jumps of 0.009-0.36; the
 * smooth paths have mismatches below 1e-3 (sharp corner at 0.7665) or 2e-4.
 */
public final class ZeroComplexityBreakup {
    /** Mismatch between measured slope and 2 gamma that marks a jump between branches. */
    static final double JUMP = 0.005;
    /** gamma below which branch B counts as heading for gamma = 0 (it ends with gamma ~ 0.01 near d = 0.08). */
    static final double GAMMA_END = 0.05;
    private static final double Y_MAX = 400;

    private final Quadrature quad;
    private Consumer<Evaluation> listener = e -> { };

    /** @param quad quadrature settings of the finite-y saddle points */
    public ZeroComplexityBreakup(Quadrature quad) {
        this.quad = quad;
    }

    /** @return this, reporting every classified load to {@code l} (progress output) */
    public ZeroComplexityBreakup onEvaluation(Consumer<Evaluation> l) {
        this.listener = l;
        return this;
    }

    /**
     * One classified load.
     *
     * @param alpha    load
     * @param detached whether B reached gamma &lt; {@value #GAMMA_END} without a jump
     * @param d        where B folded (the last d before the jump), or where gamma first fell below the threshold
     * @param gamma    gamma there
     * @param points   saddle points on the path
     */
    public record Evaluation(double alpha, boolean detached, double d, double gamma, int points) {
    }

    /**
     * @param alphaU      the smallest load classified detached (upper end of the final bracket)
     * @param alphaBelow  the largest load classified not detached (lower end)
     * @param dFold       where B folds at alphaBelow
     * @param gammaFold   gamma at that fold
     * @param evaluations every classified load, in order
     * @param report      bisection summary
     */
    public record Result(double alphaU, double alphaBelow, double dFold, double gammaFold, List<Evaluation> evaluations,
            ConvergenceReport report) {
    }

    /** The d grid of the continuation (see the class comment). */
    static double[] grid() {
        List<Double> d = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            d.add(0.02 + 0.0025 * i);
        }
        for (int i = 0; i < 10; i++) {
            d.add(0.035 + 0.0005 * i);
        }
        for (int i = 0; i < 60; i++) {
            d.add(0.040 + 0.0001 * i);
        }
        for (int i = 0; i <= 28; i++) {
            d.add(0.046 + 0.0005 * i);
        }
        for (int i = 1; i <= 12; i++) {
            d.add(0.06 + 0.0025 * i);
        }
        return d.stream().mapToDouble(x -> Math.round(x * 1e7) / 1e7).toArray();
    }

    /**
     * @param alpha load in (0, alpha_c)
     * @return whether B detaches at this load, and where it folds or falls below {@value #GAMMA_END}
     * @throws NonConvergenceException if a Sigma_ext = 0 point on the path is not found before the load is classified
     */
    public Evaluation classify(double alpha) {
        double[] ds = grid();
        List<ZeroComplexityCurve.Point> pts = new ZeroComplexityCurve(quad).compute(alpha, ds, Y_MAX, false);
        for (int i = 0; i < pts.size(); i++) {
            ZeroComplexityCurve.Point p = pts.get(i);
            if (p.failure() == null && Double.isInfinite(p.y())) {
                // Sigma_ext > 0 up to y = Y_MAX: the curve has joined the y = inf curve, still connected
                return report(new Evaluation(alpha, false, p.d(), Double.NaN, i + 1));
            }
            if (!p.converged()) {
                throw new NonConvergenceException("Sigma_ext = 0 curve at alpha = " + alpha + ", d = " + p.d()
                        + " before the branch was classified: " + p.failure(),
                        new ConvergenceReport(0, Double.NaN, Double.NaN, 0, "Sigma_ext = 0 continuation", false));
            }
            if (i > 0) {
                ZeroComplexityCurve.Point prev = pts.get(i - 1);
                double slope = (p.localEntropy() - prev.localEntropy()) / (2 * (p.d() - prev.d()));
                if (Math.abs(slope - 0.5 * (p.gamma() + prev.gamma())) > JUMP) {
                    return report(new Evaluation(alpha, false, prev.d(), prev.gamma(), i + 1));
                }
            }
            if (p.gamma() < GAMMA_END) {
                return report(new Evaluation(alpha, true, p.d(), p.gamma(), i + 1));
            }
        }
        // neither a jump nor small gamma up to d = 0.09: one connected curve (below the fold region)
        ZeroComplexityCurve.Point min = pts.stream().min(java.util.Comparator.comparingDouble(ZeroComplexityCurve.Point::gamma))
                .orElseThrow();
        return report(new Evaluation(alpha, false, min.d(), min.gamma(), pts.size()));
    }

    private Evaluation report(Evaluation e) {
        listener.accept(e);
        return e;
    }

    /**
     * Bisection for the detachment load.
     *
     * @param lo        a load where B does not detach
     * @param hi        a load where it does, lo &lt; hi
     * @param tolerance width of the final bracket, &gt; 0
     * @throws IllegalArgumentException if the ends are not classified as required
     */
    public Result locate(double lo, double hi, double tolerance) {
        if (!(lo > 0 && hi > lo && hi < 0.83)) {
            throw new IllegalArgumentException("need 0 < alpha-lo < alpha-hi < 0.83, got " + lo + ", " + hi);
        }
        if (!(tolerance > 0)) {
            throw new IllegalArgumentException("tolerance = " + tolerance + " must be > 0");
        }
        List<Evaluation> all = new ArrayList<>();
        Evaluation below = classify(lo);
        all.add(below);
        if (below.detached()) {
            throw new IllegalArgumentException("branch B already detaches at alpha-lo = " + lo + " (gamma " + below.gamma()
                    + " at d = " + below.d() + "): lower it");
        }
        Evaluation above = classify(hi);
        all.add(above);
        if (!above.detached()) {
            throw new IllegalArgumentException("branch B does not detach at alpha-hi = " + hi + " (it folds or stays"
                    + " connected near d = " + above.d() + "): raise it");
        }
        int it = 0;
        while (above.alpha() - below.alpha() > tolerance) {
            double mid = 0.5 * (below.alpha() + above.alpha());
            Evaluation e = classify(mid);
            all.add(e);
            if (e.detached()) {
                above = e;
            } else {
                below = e;
            }
            it++;
        }
        ConvergenceReport rep = new ConvergenceReport(it, above.alpha() - below.alpha(), tolerance, 0,
                "bisection on the detachment of branch B", true);
        return new Result(above.alpha(), below.alpha(), below.d(), below.gamma(), List.copyOf(all), rep);
    }
}
