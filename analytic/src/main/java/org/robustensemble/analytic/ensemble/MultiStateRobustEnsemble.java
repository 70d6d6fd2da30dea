package org.robustensemble.analytic.ensemble;

import java.util.Arrays;

import org.robustensemble.analytic.curve.MultiStateCurve;
import org.robustensemble.analytic.gardner.Gardner;
import org.robustensemble.analytic.gardner.GardnerSolution;
import org.robustensemble.analytic.gauss.GaussianRule;
import org.robustensemble.analytic.gauss.LogIntegrand;
import org.robustensemble.analytic.gauss.PeakQuadrature;
import org.robustensemble.analytic.gauss.Quadrature;
import org.robustensemble.analytic.model.SiteMaxima;
import org.robustensemble.analytic.model.WeightSet;
import org.robustensemble.analytic.saddle.Continuation;
import org.robustensemble.analytic.saddle.ConvergenceReport;
import org.robustensemble.analytic.saddle.OverlapProblem;
import org.robustensemble.analytic.saddle.SaddlePoint;
import org.robustensemble.analytic.saddle.SaddlePointSolver;

/**
 * The robust ensemble at finite y for a general symmetric weight set ({@link WeightSet}; PRE 93, 052313 (2016);
 * the binary equations are docs/theory.md 3.2). With the self-overlap Q = W.W/N and its conjugate rh, stabilities in
 * units of sqrt(N Q), f(h) = ln sum_w exp(h w - rh w^2/2) and h = sqrt(qh0) z0 + sqrt(qh1 - qh0) z1 + gamma wref:
 * <pre>
 *  phi = extr { (y^2/2) qh0 q0 - (y/2) qh1 [(y-1) q1 + Q] + (y/2) rh Q
 *        + E_z0 ln sum_{wref} E_z1 exp(y f(h))
 *        + alpha (binary energetic term at q0/Q, q1/Q) }
 * </pre>
 * (binary weights: f = ln 2cosh h - rh/2 and Q = 1 give the binary formula). Angle brackets below are averages
 * over z1 and wref with the weights exp(y f(h)), m = &lt;w&gt;_h and v = &lt;w^2&gt;_h the single-site moments;
 * the stationarity conditions (Gaussian integration by parts, as in the binary case) are
 * <pre>
 *   q0 = E &lt;m&gt;^2,  q1 = E &lt;m^2&gt;,  Q = E &lt;v&gt;,
 *   qh0 = alpha E&lt;R/c&gt;^2/Q,  qh1 = alpha E&lt;(R/c)^2&gt;/Q,  rh = qh1 - y u0 qh0 + (y-1) u1 qh1,
 * </pre>
 * u0 = q0/Q, u1 = q1/Q, c = sqrt(1 - u1); observables Phi = d phi/dy = y qh0 q0 - (qh1/2)((2y-1) q1 + Q) + rh Q/2
 * + E&lt;f&gt; + alpha E&lt;ln H_beta&gt;, S = E&lt;wref m&gt;, Qref = E&lt;wref^2&gt;, d = (1 - S/sqrt(Q Qref))/2,
 * S_I = Phi - gamma S, Sigma_ext = phi - y Phi.
 *
 * <p>Numerics: the z1-integrand exp(y f(a + b z1) - z1^2/2) can have several peaks (one per increasing piece of
 * h - y b^2 m(h), {@link SiteMaxima}); all are handed to {@link PeakQuadrature}. The energetic term is the binary
 * solver's ({@link RobustEnsemble#energeticSums}). The z0 integrand is even and integrated on the half line with
 * panels graded towards 0, as in the binary solver. Thread-safe (each solve has its own workspace); single-threaded.
 */
public final class MultiStateRobustEnsemble {
    private final Quadrature quad;
    private final Gardner gardner;
    private final RobustEnsemble binary;
    private final WeightSet weights;
    private final double[] values;
    private final MultiStateRobustEnsembleLimit limit;

    /**
     * One saddle point.
     *
     * @param alpha   load
     * @param y       replicas
     * @param gamma   coupling exp(gamma W.Wref)
     * @param phi     free entropy of the references
     * @param bigPhi  Phi = d phi/dy
     * @param overlap S = W.Wref/N
     * @param distance d = (1 - S/sqrt(Q Qref))/2
     * @param localEntropy S_I = Phi - gamma S
     * @param externalEntropy Sigma_ext = phi - y Phi
     * @param q0 q0
     * @param q1 q1
     * @param qHat0 conjugate of q0
     * @param qHat1 conjugate of q1
     * @param selfOverlap Q
     * @param rHat conjugate of Q
     * @param referenceSelfOverlap Qref
     * @param report convergence diagnostics
     */
    public record Solution(double alpha, double y, double gamma, double phi, double bigPhi, double overlap,
            double distance, double localEntropy, double externalEntropy, double q0, double q1, double qHat0,
            double qHat1, double selfOverlap, double rHat, double referenceSelfOverlap, ConvergenceReport report)
            implements CoupledEnsemble.Solved {

        /** @return (q0, q1, qHat0, qHat1, Q, rHat) */
        public double[] orderParameters() {
            return new double[] {q0, q1, qHat0, qHat1, selfOverlap, rHat};
        }
    }

    /**
     * @param quad    resolution
     * @param kappa   margin in [-2, 10] (units of sqrt(N Q))
     * @param beta    inverse temperature &gt; 0 or infinity
     * @param weights the weight set
     */
    public MultiStateRobustEnsemble(Quadrature quad, double kappa, double beta, WeightSet weights) {
        this.quad = quad;
        this.gardner = new Gardner(quad, kappa, beta, weights);
        this.binary = new RobustEnsemble(quad, kappa, beta);
        this.weights = weights;
        this.values = weights.values();
        this.limit = new MultiStateRobustEnsembleLimit(quad, kappa, beta, weights);
    }

    /**
     * The dense-region curve S_I(d) at finite y ({@link MultiStateCurve}); zeroLoadEntropy is the alpha = 0,
     * y = infinity local entropy at the same d (H2(d) for binary weights; for weight sets a reference curve, not a
     * strict bound).
     *
     * @param alpha load
     * @param y     replicas
     * @param ds    distances in (0, 1/2), at most the distance at gamma = 0
     * @return the points in the order of {@code ds}
     */
    public java.util.List<MultiStateCurve.Point<Solution>> curve(double alpha, double y, double[] ds) {
        RobustEnsemble.checkParameters(alpha, y, 0);
        return MultiStateCurve.compute(coupled(alpha, y), alpha, ds);
    }

    /** @return this ensemble at load alpha and y replicas, as the curves see it */
    public CoupledEnsemble<Solution> coupled(double alpha, double y) {
        RobustEnsemble.checkParameters(alpha, y, 0);
        return new CoupledEnsemble<Solution>() {
            @Override
            public OverlapProblem problem(double gamma, double[] near) {
                return new Workspace(alpha, y, gamma, near);
            }

            @Override
            public Solution solve(double gamma, double[] start) {
                return start == null ? MultiStateRobustEnsemble.this.solve(alpha, y, gamma)
                        : MultiStateRobustEnsemble.this.solve(alpha, y, gamma, start);
            }

            @Override
            public Solution observables(double gamma, double[] x, ConvergenceReport rep) {
                return new Workspace(alpha, y, gamma, x).observables(x, rep);
            }

            @Override
            public boolean admissible(double[] x) {
                return MultiStateRobustEnsemble.admissible(x);
            }

            @Override
            public Solution atZeroLoad(double d) {
                return null; // the generic solver handles alpha = 0 at finite y
            }

            @Override
            public double zeroLoadEntropy(double d) {
                return limit.exactAtZeroLoad(limit.zeroLoadGamma(d)).localEntropy();
            }

            @Override
            public double gammaUnit() {
                return 1 / weights.meanSquare();
            }

            @Override
            public String describe(double d) {
                return String.format("multi-state dense-region curve (weights %s, y=%g) at alpha=%g, d=%g", weights, y,
                        alpha, d);
            }
        };
    }

    /** Solves at (alpha, y, gamma) by continuation in gamma from the gamma = 0 point (the Gardner saddle point). */
    public Solution solve(double alpha, double y, double gamma) {
        RobustEnsemble.checkParameters(alpha, y, gamma);
        GardnerSolution g = gardner.solve(alpha);
        double[] x = {g.q(), g.q(), g.qHat(), g.qHat(), g.selfOverlap(), g.selfConjugate()};
        if (gamma == 0) {
            return solve(alpha, y, 0, x);
        }
        return Continuation.follow(gamma, x, (g1, start) -> solve(alpha, y, g1, start), Solution::orderParameters,
                MultiStateRobustEnsemble::admissible, 0.25 / weights.meanSquare(), 0.5 / weights.meanSquare(),
                "multi-state robust ensemble continuation in gamma at alpha=" + alpha + ", y=" + y);
    }

    /** Solves by Newton from {@code start} = (q0, q1, qh0, qh1, Q, rh). */
    public Solution solve(double alpha, double y, double gamma, double[] start) {
        RobustEnsemble.checkParameters(alpha, y, gamma);
        Workspace ws = new Workspace(alpha, y, gamma, start);
        SaddlePoint sp = SaddlePointSolver.defaults(ws.entropicRule.size()).withTolerance(1e-11).solve(ws, start,
                String.format("multi-state (weights %s) robust ensemble saddle point at alpha=%g, y=%g, gamma=%g",
                        weights, alpha, y, gamma));
        return ws.observables(sp.x(), sp.report());
    }

    static boolean admissible(double[] x) {
        return x[0] >= 0 && x[1] >= x[0] && x[1] < x[4] && x[2] >= 0 && x[3] >= x[2] && Double.isFinite(x[3])
                && Double.isFinite(x[5]);
    }

    private final class Workspace implements OverlapProblem {
        final double alpha;
        final double y;
        final double gamma;
        final GaussianRule entropicRule;
        final RobustEnsemble.EnergeticSums energetic;
        final PeakQuadrature pq;
        final Inner inner = new Inner();
        final double[] e = new double[4];
        final double[] mom = new double[2];
        final double[] lz;
        final double[][] avg;
        SiteMaxima site;
        double[] modes;
        double eM2;
        double eMM;
        double eV;
        double eLnZ;
        double eF;
        double eS;
        double eRef2;
        double lastQ;

        Workspace(double alpha, double y, double gamma, double[] near) {
            this.alpha = alpha;
            this.y = y;
            this.gamma = gamma;
            this.entropicRule = binary.entropicRule(y, near[2]);
            this.energetic = binary.energeticSums(y, near[0] / near[4], near[1] / near[4]);
            this.pq = new PeakQuadrature(quad.kappa(), quad.innerOrder());
            this.lz = new double[values.length];
            this.avg = new double[values.length][4];
        }

        @Override
        public int dimension() {
            return 6;
        }

        @Override
        public boolean admissible(double[] x) {
            return MultiStateRobustEnsemble.admissible(x);
        }

        @Override
        public double scale(double[] x, int i) {
            return i < 2 ? Math.max(1e-6, Math.min(0.1 * x[4], x[4] - x[1])) : Math.max(1e-3, Math.abs(x[i]));
        }

        /** The normalised overlap S/sqrt(Q Qref) = 1 - 2d of the last evaluation. */
        @Override
        public double lastOverlap() {
            return eS / Math.sqrt(lastQ * eRef2);
        }

        @Override
        public void residual(double[] x, double[] out) {
            evaluate(x);
            double qq = x[4];
            double u0 = x[0] / qq;
            double u1 = x[1] / qq;
            out[0] = eM2 - x[0];
            out[1] = eMM - x[1];
            out[2] = alpha * e[0] / qq - x[2];
            out[3] = alpha * e[1] / qq - x[3];
            out[4] = eV - qq;
            out[5] = x[3] - y * u0 * x[2] + (y - 1) * u1 * x[3] - x[5];
        }

        void evaluate(double[] x) {
            double sqh0 = Math.sqrt(x[2]);
            double b = Math.sqrt(Math.max(0, x[3] - x[2]));
            double rh = x[5];
            boolean flat = b * b * y < 1e-14;
            site = flat ? null : new SiteMaxima(weights, y * b * b, rh);
            if (site != null && (modes == null || modes.length < site.maxModes())) {
                modes = new double[site.maxModes()];
            }
            eM2 = eMM = eV = eLnZ = eF = eS = eRef2 = 0;
            for (int i = 0; i < entropicRule.size(); i++) {
                double z0 = entropicRule.node(i);
                double w = 2 * entropicRule.weight(i);
                double mx = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < values.length; j++) {
                    lz[j] = innerIntegral(sqh0 * z0 + gamma * values[j], b, rh, flat, avg[j]);
                    mx = Math.max(mx, lz[j]);
                }
                double norm = 0;
                for (int j = 0; j < values.length; j++) {
                    norm += Math.exp(lz[j] - mx);
                }
                double m = 0;
                double mm = 0;
                double v = 0;
                double f = 0;
                double s = 0;
                double r2 = 0;
                for (int j = 0; j < values.length; j++) {
                    double p = Math.exp(lz[j] - mx) / norm;
                    m += p * avg[j][0];
                    mm += p * avg[j][1];
                    v += p * avg[j][2];
                    f += p * avg[j][3];
                    s += p * values[j] * avg[j][0];
                    r2 += p * values[j] * values[j];
                }
                eM2 += w * m * m;
                eMM += w * mm;
                eV += w * v;
                eF += w * f;
                eS += w * s;
                eRef2 += w * r2;
                eLnZ += w * (mx + Math.log(norm));
            }
            energetic.evaluate(x[0] / x[4], x[1] / x[4], e);
            lastQ = x[4];
        }

        /** ln E_z1 exp(y f(a + b z1)), with the tilted averages of m, m^2, v, f left in out. */
        private double innerIntegral(double a, double b, double rh, boolean flat, double[] out) {
            if (flat) {
                double f = weights.logPartition(a, rh, mom);
                out[0] = mom[0];
                out[1] = mom[0] * mom[0];
                out[2] = mom[1];
                out[3] = f;
                return y * f;
            }
            int n = site.maxima(a, modes);
            for (int k = 0; k < n; k++) {
                modes[k] = (modes[k] - a) / b;
            }
            inner.set(a, b, rh);
            double l = pq.integrate(inner, modes, n);
            double sm = 0;
            double smm = 0;
            double sv = 0;
            double sf = 0;
            for (int j = 0; j < pq.size(); j++) {
                double p = pq.probability(j);
                double mj = inner.nodeM[j];
                sm += p * mj;
                smm += p * mj * mj;
                sv += p * inner.nodeV[j];
                sf += p * inner.nodeF[j];
            }
            out[0] = sm;
            out[1] = smm;
            out[2] = sv;
            out[3] = sf;
            return l;
        }

        Solution observables(double[] x, ConvergenceReport rep) {
            evaluate(x);
            double q0 = x[0];
            double q1 = x[1];
            double qh0 = x[2];
            double qh1 = x[3];
            double qq = x[4];
            double rh = x[5];
            double phi = 0.5 * y * y * qh0 * q0 - 0.5 * y * qh1 * ((y - 1) * q1 + qq) + 0.5 * y * rh * qq + eLnZ
                    + alpha * e[2];
            double bigPhi = y * qh0 * q0 - 0.5 * qh1 * ((2 * y - 1) * q1 + qq) + 0.5 * rh * qq + eF + alpha * e[3];
            double s = eS;
            double d = 0.5 * (1 - s / Math.sqrt(qq * eRef2));
            for (double v : new double[] {phi, bigPhi, s, d}) {
                if (!Double.isFinite(v)) {
                    throw new ArithmeticException("non-finite multi-state robust-ensemble observable at "
                            + Arrays.toString(x));
                }
            }
            return new Solution(alpha, y, gamma, phi, bigPhi, s, d, bigPhi - gamma * s, phi - y * bigPhi, q0, q1, qh0,
                    qh1, qq, rh, eRef2, rep);
        }

        /** g(z) = -z^2/2 - ln sqrt(2 pi) + y f(a + b z). */
        private final class Inner implements LogIntegrand {
            private static final double LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
            private final double[] m2 = new double[2];
            double a;
            double b;
            double rh;
            double[] nodeM = new double[512];
            double[] nodeV = new double[512];
            double[] nodeF = new double[512];

            void set(double a, double b, double rh) {
                this.a = a;
                this.b = b;
                this.rh = rh;
            }

            @Override
            public double value(double z) {
                return -0.5 * z * z - LN_SQRT_2PI + y * weights.logPartition(a + b * z, rh, m2);
            }

            @Override
            public double nodeValue(double z, int index) {
                if (index >= nodeM.length) {
                    nodeM = Arrays.copyOf(nodeM, 2 * index);
                    nodeV = Arrays.copyOf(nodeV, 2 * index);
                    nodeF = Arrays.copyOf(nodeF, 2 * index);
                }
                double f = weights.logPartition(a + b * z, rh, m2);
                nodeM[index] = m2[0];
                nodeV[index] = m2[1];
                nodeF[index] = f;
                return -0.5 * z * z - LN_SQRT_2PI + y * f;
            }

            @Override
            public void derivatives(double z, double[] out) {
                double f = weights.logPartition(a + b * z, rh, m2);
                out[0] = -0.5 * z * z - LN_SQRT_2PI + y * f;
                out[1] = -z + y * b * m2[0];
                out[2] = -1 + y * b * b * (m2[1] - m2[0] * m2[0]);
            }
        }
    }
}
