package org.robustensemble.analytic.typical;

import java.util.List;

import org.robustensemble.analytic.gardner.Gardner;
import org.robustensemble.analytic.gardner.GardnerSolution;
import org.robustensemble.analytic.gauss.GaussianRule;
import org.robustensemble.analytic.gauss.Quadrature;
import org.robustensemble.analytic.model.WeightSet;
import org.robustensemble.analytic.saddle.ConvergenceReport;
import org.robustensemble.analytic.saddle.DistanceTarget;
import org.robustensemble.analytic.saddle.SaddlePoint;
import org.robustensemble.analytic.saddle.SaddlePointSolver;
import org.robustensemble.analytic.saddle.StationaryProblem;

/**
 * Franz-Parisi local entropy around a typical solution for a symmetric discrete weight set ({@link WeightSet};
 * the binary potential is {@link FranzParisi}, Huang and Kabashima, PRE 90, 052813 (2014); weight sets as in
 * PRE 93, 052313 (2016)). Derivation: analytic/docs/extensions.md section 6. RS, margin kappa and inverse
 * temperature beta as in the binary class.
 *
 * <p>The reference Wref is drawn from the multi-state Gardner measure at the same (alpha, kappa, beta): its
 * self-overlap Qg, the overlap q_G of two references, the conjugates Qh (of q_G) and rh (of Qg) are the Gardner
 * saddle point, and the reference's single-site measure is pi(w | z) = exp(sqrt(Qh) z w - rh w^2/2)/Z(z). The counted
 * solutions W have their own self-overlap Qs (conjugate rs), overlap S with their reference, t with another copy's
 * reference and q1 with each other. The distance is the cosine distance of {@link MultiStateCurve},
 * d = (1 - S/sqrt(Qs Qg))/2, and it is d that is fixed: S = p sqrt(Qs Qg), p = 1 - 2d (the log-number of
 * solutions at cosine distance d). In the normalised overlaps t' = t/sqrt(Qs Qg) and u = q1/Qs the energetic term
 * is the binary one at reference overlap m = q_G/Qg, because stabilities are measured in units of sqrt(N Q):
 * <pre>
 *  S_FP(d) = extr [ sqrt(Qs Qg) (th t' - ph p) - (qh1/2) Qs (1 - u) + (rs/2) Qs + G_S + alpha G_E^bin(t', u; p, m) ]
 *  G_S = E_{z,v} sum_w pi(w|z) f( th z/sqrt(Qh) + sqrt(qh1 - th^2/Qh) v + (ph - th) w, rs ),
 *  f(h, r) = ln sum_{w'} exp(h w' - r w'^2/2).
 * </pre>
 * For the set {-1, 1}, Qs = Qg = 1, rs drops out and this is the binary potential term by term. At p = m the
 * counted solutions are equilibrium solutions: t = q1 = S = q_G, Qs = Qg, th = qh1 = ph = Qh, rs = rh and
 * S_FP = s_G (the maximum, at d* = (1 - q_G/Qg)/2; returned in closed form there). The stationarity conditions are
 * analytic (integration by parts in v), solved by Newton in (t', ln g1, Qs, th, ln g2, ph, rs) with
 * g1 = u - t'^2/m - b^2, b = (p - t')/sqrt(1 - m), g2 = qh1 - th^2/Qh, as in the binary class. Thread-safe.
 */
public final class MultiStateFranzParisi {
    private final FranzParisi binary;
    private final Gardner gardner;
    private final WeightSet weights;
    private final double[] values;
    private final GaussianRule rule;

    /**
     * One point of the curve.
     *
     * @param alpha                load
     * @param d                    cosine distance (1 - S/sqrt(Qs Qg))/2 from the reference
     * @param entropy              S_FP(d): log-number (per weight) of solutions at distance d from a typical solution
     * @param t                    overlap of a counted solution with another copy's reference
     * @param q1                   overlap of two counted solutions around the same reference
     * @param tHat                 conjugate of t
     * @param qHat1                conjugate of q1
     * @param pHat                 the multiplier fixing the overlap S with the reference
     * @param selfOverlap          Qs = W.W/N of the counted solutions
     * @param rHat                 its conjugate rs (coefficient of -w^2/2 in their site measure)
     * @param referenceSelfOverlap Qg = Wref.Wref/N of the reference (the Gardner self-overlap)
     * @param overlap              S = W.Wref/N
     * @param report               convergence diagnostics
     */
    public record Solution(double alpha, double d, double entropy, double t, double q1, double tHat, double qHat1,
            double pHat, double selfOverlap, double rHat, double referenceSelfOverlap, double overlap,
            ConvergenceReport report) {

        /** @return (t, q1, Qs, tHat, qHat1, pHat, rHat) as a continuation start */
        public double[] orderParameters() {
            return new double[] {t, q1, selfOverlap, tHat, qHat1, pHat, rHat};
        }
    }

    /**
     * @param quad    resolution (as in {@link FranzParisi})
     * @param kappa   margin of the reference and the counted solutions, in units of sqrt(N Q)
     * @param beta    inverse temperature of both, &gt; 0, or {@link Double#POSITIVE_INFINITY}
     * @param weights the weight set
     */
    public MultiStateFranzParisi(Quadrature quad, double kappa, double beta, WeightSet weights) {
        this.binary = new FranzParisi(quad, kappa, beta);
        this.gardner = new Gardner(quad, kappa, beta, weights);
        this.weights = weights;
        this.values = weights.values();
        this.rule = binary.outerRule();
    }

    /** Default resolution, kappa = 0, beta = infinity. */
    public MultiStateFranzParisi(WeightSet weights) {
        this(Quadrature.defaults(), 0, Double.POSITIVE_INFINITY, weights);
    }

    /** @return the weight set */
    public WeightSet weights() {
        return weights;
    }

    /** The free entropy at fixed (alpha, p) with the reference's Gardner saddle point. */
    private final class Potential {
        final double alpha;
        final double p;
        final double m;
        final double qg;
        final double qh;
        /** pi[i][k]: the reference's site weight of value k at outer node z_i. */
        final double[][] pi;
        final double[] mom = new double[2];
        final double[] de = new double[2];

        Potential(double alpha, double p, GardnerSolution g) {
            this.alpha = alpha;
            this.p = p;
            this.m = g.normalisedOverlap();
            this.qg = g.selfOverlap();
            this.qh = g.qHat();
            double sq = Math.sqrt(qh);
            this.pi = new double[rule.size()][values.length];
            for (int i = 0; i < rule.size(); i++) {
                double z = rule.node(i);
                double lnZ = weights.logPartition(sq * z, g.selfConjugate(), mom);
                for (int k = 0; k < values.length; k++) {
                    double w = values[k];
                    pi[i][k] = Math.exp(sq * z * w - 0.5 * g.selfConjugate() * w * w - lnZ);
                }
            }
        }

        /** x = (t', u, Qs, th, qh1, ph, rs): the value of the potential. */
        double value(double[] x) {
            return evaluate(x, new double[7], true);
        }

        /** The gradient in x (zero iff zero in the raw order parameters: the change of variables is invertible). */
        void gradient(double[] x, double[] out) {
            evaluate(x, out, false);
        }

        /** Fills the gradient in x into out; returns the value of the potential if asked (else NaN). */
        private double evaluate(double[] x, double[] out, boolean withValue) {
            double tn = x[0];
            double u = x[1];
            double qs = x[2];
            double th = x[3];
            double qh1 = x[4];
            double ph = x[5];
            double rs = x[6];
            double[] acc = entropicSums(th, qh1, ph, rs, withValue);
            double eWm = acc[0];
            double eV2 = acc[1];
            double eVar = acc[2];
            double eZm = acc[3];
            binary.energeticGradient(m, p, tn, u, de);
            double root = Math.sqrt(qs * qg);
            out[0] = th * root + alpha * de[0];
            out[1] = 0.5 * qh1 * qs + alpha * de[1];
            out[2] = (th * tn - ph * p) * Math.sqrt(qg / qs) / 2 - 0.5 * qh1 * (1 - u) + 0.5 * rs;
            out[3] = tn * root + eZm - eWm - th / qh * eVar;
            out[4] = -0.5 * qs * (1 - u) + 0.5 * eVar;
            out[5] = -p * root + eWm;
            out[6] = 0.5 * qs - 0.5 * eV2;
            if (!withValue) {
                return Double.NaN;
            }
            return root * (th * tn - ph * p) - 0.5 * qh1 * qs * (1 - u) + 0.5 * rs * qs + acc[4]
                    + alpha * binary.energetic(m, p, tn, u);
        }

        /**
         * E[pi w m], E[pi &lt;w^2&gt;], E[pi Var], E[pi m z]/sqrt(Qh) and (if asked) E[pi f] over (z, v, w), with
         * m, &lt;w^2&gt;, Var the moments of the counted solutions' site measure at field h.
         */
        double[] entropicSums(double th, double qh1, double ph, double rs, boolean withValue) {
            double sq = Math.sqrt(qh);
            double cz = th / sq;
            double cu = Math.sqrt(Math.max(0, qh1 - th * th / qh));
            double shift = ph - th;
            double[] mm = new double[2];
            double eWm = 0;
            double eV2 = 0;
            double eVar = 0;
            double eZm = 0;
            double ef = 0;
            for (int i = 0; i < rule.size(); i++) {
                double z = rule.node(i);
                for (int j = 0; j < rule.size(); j++) {
                    double wz = rule.weight(i) * rule.weight(j);
                    double base = cz * z + cu * rule.node(j);
                    for (int k = 0; k < values.length; k++) {
                        double w = wz * pi[i][k];
                        if (w == 0) {
                            continue;
                        }
                        double f = weights.logPartition(base + shift * values[k], rs, mm);
                        eWm += w * values[k] * mm[0];
                        eV2 += w * mm[1];
                        eVar += w * (mm[1] - mm[0] * mm[0]);
                        eZm += w * mm[0] * z / sq;
                        if (withValue) {
                            ef += w * f;
                        }
                    }
                }
            }
            return new double[] {eWm, eV2, eVar, eZm, ef};
        }
    }

    /**
     * Solves at load alpha and cosine distance d from {@code start} ((t, q1, Qs, tHat, qHat1, pHat, rHat), or the
     * p = m point if null).
     */
    public Solution solve(double alpha, double d, double[] start) {
        check(alpha, d);
        return solve(alpha, d, start, gardner.solve(alpha));
    }

    private static void check(double alpha, double d) {
        Gardner.checkAlpha(alpha);
        if (!(alpha > 0)) {
            throw new IllegalArgumentException("alpha = " + alpha + " must be > 0 for the Franz-Parisi potential");
        }
        DistanceTarget.checkDistance(d);
    }

    private Solution solve(double alpha, double d, double[] start, GardnerSolution g) {
        double p = 1 - 2 * d;
        Potential pot = new Potential(alpha, p, g);
        double m = pot.m;
        double qg = pot.qg;
        double qh = pot.qh;
        double rh = g.selfConjugate();
        if (Math.abs(p - m) < 1e-9) {
            // the exact point: the counted solutions are equilibrium solutions (see the class comment)
            return new Solution(alpha, d, g.entropy(), g.q(), g.q(), qh, qh, qh, qg, rh, qg, g.q(),
                    new ConvergenceReport(0, 0, 1e-9, rule.size(), "exact", true));
        }
        double[] x0;
        if (start == null) {
            x0 = new double[] {m, m + 2 * (p - m) * (p - m) / (1 - m) + 1e-6, qg, qh, qh * 1.01 + 1e-6, qh, rh};
        } else {
            double qs = start[2];
            x0 = new double[] {start[0] / Math.sqrt(qs * qg), start[1] / qs, qs, start[3], start[4], start[5], start[6]};
        }
        double sb = Math.sqrt(1 - m);
        // unknowns y = (t', ln g1, Qs, th, ln g2, ph, rs), g1 = u - t'^2/m - b^2 >= 0, g2 = qh1 - th^2/Qh >= 0: both
        // vanish as p -> m, and in y that boundary is at infinity (as in the binary class)
        java.util.function.Function<double[], double[]> toX = yv -> {
            double bb = (p - yv[0]) / sb;
            return new double[] {yv[0], yv[0] * yv[0] / m + bb * bb + Math.exp(yv[1]), yv[2], yv[3],
                yv[3] * yv[3] / qh + Math.exp(yv[4]), yv[5], yv[6]};
        };
        double b0 = (p - x0[0]) / sb;
        double g1 = x0[1] - x0[0] * x0[0] / m - b0 * b0;
        double g2 = x0[4] - x0[3] * x0[3] / qh;
        // a continued start is re-inflated away from the boundary g = 0 (as in the binary class)
        double[] y0 = {x0[0], Math.log(Math.max(g1, 1e-3)), x0[2], x0[3], Math.log(Math.max(g2, 1e-3)), x0[5], x0[6]};
        double qMax = weights.max() * weights.max();
        StationaryProblem grad = new StationaryProblem() {
            @Override
            public int dimension() {
                return 7;
            }

            @Override
            public void residual(double[] yv, double[] out) {
                pot.gradient(toX.apply(yv), out);
            }

            @Override
            public boolean admissible(double[] yv) {
                for (double v : yv) {
                    if (!Double.isFinite(v)) {
                        return false;
                    }
                }
                return Math.abs(yv[1]) < 700 && Math.abs(yv[4]) < 700 && toX.apply(yv)[1] < 1 && yv[2] > 0
                        && yv[2] <= qMax * (1 + 1e-9);
            }

            @Override
            public boolean hasFixedPointForm() {
                return false;
            }

            @Override
            public double scale(double[] yv, int i) {
                return (i == 1 || i == 4) ? 1.0 : 0.1;
            }
        };
        // Newton converges in 4-9 iterations from a continued start; 30 without convergence mean no solution nearby
        // (the continuation then splits the step), and bound the cost of a distance without RS solution
        SaddlePoint sp = new SaddlePointSolver(1e-10, 30, 1e-7, 0.5, rule.size() * rule.size()).solve(grad, y0,
                String.format("multi-state Franz-Parisi saddle point (weights %s) at alpha=%g, d=%g", weights, alpha, d));
        double[] x = toX.apply(sp.x());
        double root = Math.sqrt(x[2] * qg);
        return new Solution(alpha, d, pot.value(x), x[0] * root, x[1] * x[2], x[3], x[4], x[5], x[2], x[6], qg,
                p * root, sp.report());
    }

    /**
     * The curve S_FP(d) on the given cosine distances, continued from d* = (1 - q_G/Qg)/2 (where S_FP = s_G)
     * downwards and upwards ({@link FranzParisi#continued}; a step where Newton fails is split into up to 8
     * substeps); a distance without RS solution gives {@code null}, and so do the distances beyond it.
     */
    public List<Solution> curve(double alpha, double[] ds) {
        for (double d : ds) {
            check(alpha, d);
        }
        GardnerSolution g = gardner.solve(alpha);
        return FranzParisi.continued((1 - g.normalisedOverlap()) / 2, ds, (d, s) -> solve(alpha, d, s, g),
                Solution::orderParameters, 3);
    }

    /**
     * The potential and its stationarity conditions at given raw order parameters (t, q1, Qs, tHat, qHat1, pHat,
     * rHat) and cosine distance d, evaluated by quadrature (no closed form): for checking a claimed saddle point.
     *
     * @return {value, max |gradient|}
     */
    public double[] evaluate(double alpha, double d, double[] raw) {
        check(alpha, d);
        GardnerSolution g = gardner.solve(alpha);
        Potential pot = new Potential(alpha, 1 - 2 * d, g);
        double qs = raw[2];
        double[] x = {raw[0] / Math.sqrt(qs * pot.qg), raw[1] / qs, qs, raw[3], raw[4], raw[5], raw[6]};
        double[] grad = new double[7];
        pot.gradient(x, grad);
        double mx = 0;
        for (double v : grad) {
            mx = Math.max(mx, Math.abs(v));
        }
        return new double[] {pot.value(x), mx};
    }

    /** @return the Gardner saddle point of the reference at load alpha */
    public GardnerSolution reference(double alpha) {
        return gardner.solve(alpha);
    }
}
