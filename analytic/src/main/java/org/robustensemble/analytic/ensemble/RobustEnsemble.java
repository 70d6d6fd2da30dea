package org.robustensemble.analytic.ensemble;

import static org.robustensemble.analytic.gauss.GaussianFunctions.lnTwoCosh;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

import org.robustensemble.analytic.gardner.Gardner;
import org.robustensemble.analytic.gardner.GardnerSolution;
import org.robustensemble.analytic.gauss.GaussianFunctions;
import org.robustensemble.analytic.gauss.GaussianRule;
import org.robustensemble.analytic.gauss.LogIntegrand;
import org.robustensemble.analytic.gauss.Parallel;
import org.robustensemble.analytic.gauss.PeakQuadrature;
import org.robustensemble.analytic.gauss.Quadrature;
import org.robustensemble.analytic.model.InnerMaxima;
import org.robustensemble.analytic.model.PatternFactor;
import org.robustensemble.analytic.saddle.Continuation;
import org.robustensemble.analytic.saddle.ConvergenceReport;
import org.robustensemble.analytic.saddle.OverlapProblem;
import org.robustensemble.analytic.saddle.SaddlePoint;
import org.robustensemble.analytic.saddle.SaddlePointSolver;

/**
 * The robust ensemble of the binary perceptron at finite y, RS, beta = infinity (Baldassi et al., PNAS 113,
 * E7655 (2016); docs/theory.md 3.2):
 * <pre>
 *  phi_RE = extr { (y^2/2) qh0 q0 - (y/2) qh1 [ (y-1) q1 + 1 ]
 *       + E_z0 ln sum_{s=+-1} E_z1 [ 2cosh( sqrt(qh0) z0 + sqrt(qh1-qh0) z1 + s gamma ) ]^y
 *       + alpha E_z0 ln E_z1 H( -(sqrt(q0) z0 + sqrt(q1-q0) z1) / sqrt(1-q1) )^y }
 * </pre>
 * Stationarity (derived by Gaussian integration by parts; angle brackets are averages over z1 (and s) with the
 * tilted weights [2cosh h]^y resp. H^y):
 * q0 = E &lt;tanh h&gt;^2, q1 = E &lt;tanh^2 h&gt;, qh0 = alpha E &lt;R/c&gt;^2, qh1 = alpha E &lt;(R/c)^2&gt;,
 * with c = sqrt(1-q1), R(w) = G(w)/H(-w) at w = (sqrt(q0) z0 + sqrt(q1-q0) z1)/c. Observables at the saddle
 * point are partial derivatives: Phi = d phi/dy = y qh0 q0 - (qh1/2)((2y-1) q1 + 1) + E&lt;ln 2cosh h&gt;
 * + alpha E&lt;ln H&gt;, S = E&lt;s tanh h&gt;.
 *
 * <p>Numerics: the z0 integral of the entropic term is even in z0 and is done on the half line with panels
 * graded towards z0 = 0, where the sum over s has a kink smoothed on the scale 1/(y sqrt(qh0)); the energetic
 * z0 integral uses uniform panels on the scale of c/sqrt(q0). The inner z1 integrals follow their peaks
 * ({@link PeakQuadrature}), which at large y move far from the origin. The saddle point is reached by Newton
 * with continuation in gamma from the exact gamma = 0 point (the Gardner saddle point, q0 = q1 = q_G).
 * Thread-safe: each call uses its own workspace.
 *
 * <p>Margin and temperature (docs/theory.md 3.5): with a margin kappa and a finite inverse temperature beta the
 * energetic factor H(-w) becomes H_beta(-(w - kappa/c)) ({@link PatternFactor}): the inner field is shifted,
 * a = sqrt(q0) z0 - kappa, and R becomes R_beta = (1 - e^-beta) G/H_beta. The stationarity conditions keep
 * their form (H_beta, like H, solves the heat equation in the variance, so the integration by parts is
 * unchanged). At finite beta the inner integrand H_beta^y can be bimodal (pattern violated at cost beta, or
 * satisfied); both maxima are given to {@link PeakQuadrature} ({@link InnerMaxima.EnergeticMaxima}).
 * The gamma = 0 start is then the Gardner point at the same (kappa, beta).
 */
public final class RobustEnsemble {
    private static final double ZMAX = 10.0;
    private final Quadrature quad;
    private final Gardner gardner;
    private final PatternFactor factor;
    private final ConcurrentHashMap<String, GaussianRule> rules = new ConcurrentHashMap<>();

    /** @param quad numerical resolution */
    public RobustEnsemble(Quadrature quad) {
        this(quad, 0, Double.POSITIVE_INFINITY);
    }

    /**
     * @param quad  numerical resolution
     * @param kappa margin (stability / sqrt(N) &gt; kappa), in [-2, 10]
     * @param beta  inverse temperature &gt; 0, or {@link Double#POSITIVE_INFINITY} (only solutions count)
     */
    public RobustEnsemble(Quadrature quad, double kappa, double beta) {
        this.quad = quad;
        this.gardner = new Gardner(quad, kappa, beta);
        this.factor = new PatternFactor(kappa, beta);
    }

    /** Default resolution. */
    public RobustEnsemble() {
        this(Quadrature.defaults());
    }

    /** @return the resolution */
    public Quadrature quadrature() {
        return quad;
    }

    /**
     * Solves at (alpha, y, gamma), by continuation in gamma from the Gardner saddle point at gamma = 0.
     */
    public RobustEnsembleSolution solve(double alpha, double y, double gamma) {
        checkParameters(alpha, y, gamma);
        GardnerSolution g = gardner.solve(alpha);
        double[] x = {g.q(), g.q(), g.qHat(), g.qHat()};
        if (gamma == 0) {
            return solve(alpha, y, 0, x);
        }
        return Continuation.follow(gamma, x, (g1, start) -> solve(alpha, y, g1, start),
                RobustEnsembleSolution::orderParameters, RobustEnsemble::admissible, 0.25, 0.5,
                "robust ensemble continuation in gamma at alpha=" + alpha + ", y=" + y);
    }

    /** Solves at (alpha, y, gamma) by Newton from the order parameters {@code start} = (q0, q1, qh0, qh1). */
    public RobustEnsembleSolution solve(double alpha, double y, double gamma, double[] start) {
        checkParameters(alpha, y, gamma);
        Workspace ws = new Workspace(alpha, y, gamma, start);
        SaddlePoint sp = SaddlePointSolver.defaults(ws.nodes()).withTolerance(1e-11).solve(ws, start,
                String.format("robust ensemble saddle point at alpha=%g, y=%g, gamma=%g", alpha, y, gamma));
        return ws.observables(sp.x(), sp.report());
    }

    /** The stationarity conditions F(x) = T(x) - x at fixed (alpha, y, gamma), for augmented systems. */
    public ReferenceProblem problem(double alpha, double y, double gamma, double[] near) {
        return new Workspace(alpha, y, gamma, near);
    }

    /** Fixed-(y, gamma) stationarity conditions that also expose the external entropy of the last evaluation. */
    public interface ReferenceProblem extends OverlapProblem {
        /**
         * @param x the point of the last {@link #residual} call
         * @return Sigma_ext = phi - y Phi there (docs/theory.md 3.2), from the sums of that evaluation
         */
        double lastExternalEntropy(double[] x);
    }

    /** Observables at a converged point (alpha, y, gamma, x). */
    public RobustEnsembleSolution observables(double alpha, double y, double gamma, double[] x, ConvergenceReport rep) {
        return new Workspace(alpha, y, gamma, x).observables(x, rep);
    }

    /** The finite-y energetic term alone, for solvers with another entropic term (multi-state weights). */
    interface EnergeticSums {
        /**
         * @param q0  overlap of replicas of different references (normalised by Q for weight sets)
         * @param q1  overlap of replicas of the same reference
         * @param out receives E&lt;R/c&gt;^2, E&lt;(R/c)^2&gt;, E ln E_z1 H_beta^y, E&lt;ln H_beta&gt;
         */
        void evaluate(double q0, double q1, double[] out);
    }

    /** @return the energetic sums at y, with quadrature rules fixed from (q0Near, q1Near) */
    EnergeticSums energeticSums(double y, double q0Near, double q1Near) {
        Workspace ws = new Workspace(1.0, y, 0, new double[] {q0Near, q1Near, 1, 1});
        ws.energeticOnly = true;
        return (q0, q1, out) -> {
            ws.evaluate(new double[] {q0, q1, 1, 1});
            out[0] = ws.eR2;
            out[1] = ws.eRR;
            out[2] = ws.eLnI;
            out[3] = ws.eLh;
        };
    }

    public static boolean admissible(double[] x) {
        return x[0] >= 0 && x[1] >= x[0] && x[1] < 1 && x[2] >= 0 && x[3] >= x[2] && Double.isFinite(x[3]);
    }

    static void checkParameters(double alpha, double y, double gamma) {
        Gardner.checkAlpha(alpha);
        if (!(y >= 1) || Double.isInfinite(y)) {
            throw new IllegalArgumentException("y = " + y + " must be finite and >= 1 (use the y = infinity solver for the limit)");
        }
        if (!(gamma >= 0) || Double.isInfinite(gamma)) {
            throw new IllegalArgumentException("gamma = " + gamma + " must be finite and >= 0");
        }
    }

    /**
     * The rule of the even entropic z0-integrand on [0, ZMAX]: panels of width min(1, 1/sqrt(qh0)) graded towards
     * z0 = 0, where the kink of the sum over the reference is smoothed on the scale 1/(y sqrt(qh0)).
     */
    GaussianRule entropicRule(double y, double qh0Near) {
        double sq = Math.sqrt(Math.max(qh0Near, 1e-12));
        double far = quad.panelScale() * Math.min(1.0, GaussianRule.pow2Floor(1.0 / sq));
        double first = Math.min(far, quad.panelScale() * Math.min(1.0, GaussianRule.pow2Floor(1.0 / (y * sq))));
        return rule(0, first, far);
    }

    private GaussianRule rule(double lo, double first, double width) {
        String key = lo + ":" + first + ":" + width;
        return rules.computeIfAbsent(key, k -> GaussianRule.graded(lo, ZMAX, first, width, quad.order()));
    }

    /**
     * One evaluation context. The outer z0 nodes are split into contiguous blocks, one per {@link Lane} (each
     * with its own inner quadrature), evaluated in parallel; per-node contributions are stored and summed in node
     * order afterwards, so the result is bitwise the same for any thread count.
     */
    private final class Workspace implements ReferenceProblem {
        final double alpha;
        final double y;
        final double gamma;
        final GaussianRule entropicRule;
        final GaussianRule energeticRule;
        final Lane[] lanes;
        // per-node contributions of the last evaluation
        final double[] nT2;
        final double[] nTT;
        final double[] nST;
        final double[] nLnZ;
        final double[] nLc;
        final double[] nR2;
        final double[] nRR;
        final double[] nLnI;
        final double[] nLh;
        // accumulators of the last evaluation
        double eT2;
        double eTT;
        double eST;
        double eLnZ;
        double eLc;
        double eR2;
        double eRR;
        double eLnI;
        double eLh;
        double q0;
        double q1;
        double sqh0;
        double b;
        double sq0;
        double b1;
        double c1;
        boolean energeticOnly;

        Workspace(double alpha, double y, double gamma, double[] near) {
            this.alpha = alpha;
            this.y = y;
            this.gamma = gamma;
            this.entropicRule = entropicRule(y, near[2]);
            double c = Math.sqrt(Math.max(1 - near[1], 1e-300));
            double scaleE = Math.min(1.0, GaussianRule.pow2Floor(c / Math.sqrt(Math.max(near[0], 1e-12))));
            this.energeticRule = rule(-ZMAX, quad.panelScale() * scaleE, quad.panelScale() * scaleE);
            this.lanes = new Lane[Parallel.threads()];
            for (int k = 0; k < lanes.length; k++) {
                lanes[k] = new Lane(quad, y, factor);
            }
            int ne = entropicRule.size();
            int nn = energeticRule.size();
            nT2 = new double[ne];
            nTT = new double[ne];
            nST = new double[ne];
            nLnZ = new double[ne];
            nLc = new double[ne];
            nR2 = new double[nn];
            nRR = new double[nn];
            nLnI = new double[nn];
            nLh = new double[nn];
        }

        int nodes() {
            return entropicRule.size() + energeticRule.size();
        }

        @Override
        public int dimension() {
            return 4;
        }

        @Override
        public boolean admissible(double[] x) {
            return RobustEnsemble.admissible(x);
        }

        @Override
        public void residual(double[] x, double[] out) {
            evaluate(x);
            out[0] = eT2 - x[0];
            out[1] = eTT - x[1];
            out[2] = alpha * eR2 - x[2];
            out[3] = alpha * eRR - x[3];
        }

        @Override
        public double scale(double[] x, int i) {
            return i < 2 ? Math.min(0.1, 1 - x[1]) : Math.max(1e-3, Math.abs(x[i]));
        }

        @Override
        public double lastOverlap() {
            return eST;
        }

        @Override
        public double lastExternalEntropy(double[] x) {
            double phi = 0.5 * y * y * x[2] * x[0] - 0.5 * y * x[3] * ((y - 1) * x[1] + 1) + eLnZ + alpha * eLnI;
            double bigPhi = y * x[2] * x[0] - 0.5 * x[3] * ((2 * y - 1) * x[1] + 1) + eLc + alpha * eLh;
            return phi - y * bigPhi;
        }

        void evaluate(double[] x) {
            q0 = x[0];
            q1 = x[1];
            sqh0 = Math.sqrt(x[2]);
            b = Math.sqrt(Math.max(0, x[3] - x[2]));
            sq0 = Math.sqrt(q0);
            b1 = Math.sqrt(Math.max(0, q1 - q0));
            c1 = Math.sqrt(1 - q1);
            int ne = energeticOnly ? 0 : entropicRule.size();
            int nn = alpha > 0 ? energeticRule.size() : 0;
            Parallel.run(lanes.length, k -> {
                Lane lane = lanes[k];
                for (int i = k * ne / lanes.length; i < (k + 1) * ne / lanes.length; i++) {
                    entropicNode(lane, i);
                }
                for (int i = k * nn / lanes.length; i < (k + 1) * nn / lanes.length; i++) {
                    energeticNode(lane, i);
                }
            });
            eT2 = eTT = eST = eLnZ = eLc = 0;
            for (int i = 0; i < ne; i++) {
                eT2 += nT2[i];
                eTT += nTT[i];
                eST += nST[i];
                eLnZ += nLnZ[i];
                eLc += nLc[i];
            }
            eR2 = eRR = eLnI = eLh = 0;
            for (int i = 0; i < nn; i++) {
                eR2 += nR2[i];
                eRR += nRR[i];
                eLnI += nLnI[i];
                eLh += nLh[i];
            }
        }

        /** Entropic term at node i, even in z0: half line, weights doubled. */
        private void entropicNode(Lane lane, int i) {
            double z0 = entropicRule.node(i);
            double w = 2 * entropicRule.weight(i);
            double lp = lane.entropic(sqh0 * z0 + gamma, b);
            double tp = lane.ent.t;
            double ttp = lane.ent.tt;
            double lcp = lane.ent.lc;
            double lm = lane.entropic(sqh0 * z0 - gamma, b);
            double tm = lane.ent.t;
            double ttm = lane.ent.tt;
            double lcm = lane.ent.lc;
            double mx = Math.max(lp, lm);
            double pp = Math.exp(lp - mx);
            double pm = Math.exp(lm - mx);
            double norm = pp + pm;
            pp /= norm;
            pm /= norm;
            double t = pp * tp + pm * tm;
            nT2[i] = w * t * t;
            nTT[i] = w * (pp * ttp + pm * ttm);
            nST[i] = w * (pp * tp - pm * tm);
            nLnZ[i] = w * (mx + Math.log(norm));
            nLc[i] = w * (pp * lcp + pm * lcm);
        }

        private void energeticNode(Lane lane, int i) {
            double z0 = energeticRule.node(i);
            double w = energeticRule.weight(i);
            double li = lane.energetic(sq0 * z0 - factor.kappa(), b1, c1);
            nR2[i] = w * lane.en.r * lane.en.r;
            nRR[i] = w * lane.en.rr;
            nLnI[i] = w * li;
            nLh[i] = w * lane.en.lh;
        }

        RobustEnsembleSolution observables(double[] x, ConvergenceReport rep) {
            evaluate(x);
            double q0 = x[0];
            double q1 = x[1];
            double qh0 = x[2];
            double qh1 = x[3];
            double phi = 0.5 * y * y * qh0 * q0 - 0.5 * y * qh1 * ((y - 1) * q1 + 1) + eLnZ + alpha * eLnI;
            double bigPhi = y * qh0 * q0 - 0.5 * qh1 * ((2 * y - 1) * q1 + 1) + eLc + alpha * eLh;
            double s = eST;
            double[] all = {phi, bigPhi, s};
            for (double v : all) {
                if (!Double.isFinite(v)) {
                    throw new ArithmeticException("non-finite robust-ensemble observable at " + Arrays.toString(x));
                }
            }
            return new RobustEnsembleSolution(alpha, y, gamma, phi, bigPhi, s, (1 - s) / 2, bigPhi - gamma * s,
                    phi - y * bigPhi, q0, q1, qh0, qh1, rep);
        }
    }

    /** Per-thread inner-integral machinery. */
    private static final class Lane {
        final double y;
        final PeakQuadrature pq;
        final double[] modes = new double[2];
        final EntropicIntegrand ent = new EntropicIntegrand();
        final EnergeticIntegrand en;
        final PatternFactor factor;
        InnerMaxima.EnergeticMaxima maxima;

        Lane(Quadrature quad, double y, PatternFactor factor) {
            this.y = y;
            this.factor = factor;
            this.en = new EnergeticIntegrand(factor);
            this.pq = new PeakQuadrature(quad.kappa(), quad.innerOrder());
        }

        /** ln E_z [2cosh(a + b z)]^y and tilted averages of tanh, tanh^2, ln 2cosh (left in ent). */
        double entropic(double a, double b) {
            if (b * b * y < 1e-14) {
                double t = GaussianFunctions.tanh(a);
                ent.t = t;
                ent.tt = t * t;
                ent.lc = lnTwoCosh(a);
                return y * ent.lc;
            }
            ent.set(a, b, y);
            double k = y * b * b;
            double hOut = InnerMaxima.tanhOuterRoot(a, k);
            modes[0] = (hOut - a) / b;
            int nm = 1;
            double hIn = InnerMaxima.tanhInnerRoot(a, k);
            if (!Double.isNaN(hIn)) {
                modes[nm++] = (hIn - a) / b;
            }
            double lz = pq.integrate(ent, modes, nm);
            double st = 0;
            double stt = 0;
            double slc = 0;
            for (int j = 0; j < pq.size(); j++) {
                double p = pq.probability(j);
                double t = ent.nodeT[j];
                st += p * t;
                stt += p * t * t;
                slc += p * ent.nodeLc[j];
            }
            ent.t = st;
            ent.tt = stt;
            ent.lc = slc;
            return lz;
        }

        /** ln E_z H(-(a + b z)/c)^y and tilted averages of R/c, (R/c)^2, ln H (left in en). */
        double energetic(double a, double b, double c) {
            if (b * b * y < 1e-14 * c * c) {
                double w = a / c;
                double r = (factor.zeroTemperature() ? InnerMaxima.mills(w) : factor.ratio(-w)) / c;
                en.r = r;
                en.rr = r * r;
                en.lh = factor.lnH(-w);
                return y * en.lh;
            }
            en.set(a, b, c, y);
            double kk = y * b * b / (c * c);
            int nm = 1;
            if (factor.zeroTemperature()) {
                modes[0] = (c * InnerMaxima.millsRoot(a / c, kk) - a) / b;
            } else {
                if (maxima == null || maxima.k() != kk) {
                    maxima = new InnerMaxima.EnergeticMaxima(factor, kk);
                }
                nm = maxima.maxima(a / c, modes);
                for (int j = 0; j < nm; j++) {
                    modes[j] = (c * modes[j] - a) / b;
                }
            }
            double lz = pq.integrate(en, modes, nm);
            double sr = 0;
            double srr = 0;
            double slh = 0;
            for (int j = 0; j < pq.size(); j++) {
                double p = pq.probability(j);
                double r = en.nodeR[j] / c;
                sr += p * r;
                srr += p * r * r;
                slh += p * en.nodeLh[j];
            }
            en.r = sr;
            en.rr = srr;
            en.lh = slh;
            return lz;
        }

    }

    /** g(z) = -z^2/2 - ln sqrt(2 pi) + y ln 2cosh(a + b z). */
    private static final class EntropicIntegrand implements LogIntegrand {
        private static final double LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
        double a;
        double b;
        double y;
        double t;
        double tt;
        double lc;

        void set(double a, double b, double y) {
            this.a = a;
            this.b = b;
            this.y = y;
        }

        double[] nodeT = new double[512];
        double[] nodeLc = new double[512];

        @Override
        public double value(double z) {
            return -0.5 * z * z - LN_SQRT_2PI + y * lnTwoCosh(a + b * z);
        }

        @Override
        public double nodeValue(double z, int index) {
            if (index >= nodeT.length) {
                nodeT = Arrays.copyOf(nodeT, 2 * index);
                nodeLc = Arrays.copyOf(nodeLc, 2 * index);
            }
            double h = a + b * z;
            double lc = lnTwoCosh(h);
            nodeT[index] = GaussianFunctions.tanh(h);
            nodeLc[index] = lc;
            return -0.5 * z * z - LN_SQRT_2PI + y * lc;
        }

        @Override
        public void derivatives(double z, double[] out) {
            double h = a + b * z;
            double th = GaussianFunctions.tanh(h);
            out[0] = -0.5 * z * z - LN_SQRT_2PI + y * lnTwoCosh(h);
            out[1] = -z + y * b * th;
            out[2] = -1 + y * b * b * (1 - th * th);
        }
    }

    /** g(z) = -z^2/2 - ln sqrt(2 pi) + y ln H_beta(-(a + b z)/c) (a already shifted by -kappa). */
    private static final class EnergeticIntegrand implements LogIntegrand {
        private static final double LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
        double a;
        double b;
        double c;
        double y;
        double r;
        double rr;
        double lh;

        void set(double a, double b, double c, double y) {
            this.a = a;
            this.b = b;
            this.c = c;
            this.y = y;
        }

        double[] nodeR = new double[512];
        double[] nodeLh = new double[512];
        final double[] ratio = new double[1];
        final PatternFactor factor;

        EnergeticIntegrand(PatternFactor factor) {
            this.factor = factor;
        }

        @Override
        public double value(double z) {
            return -0.5 * z * z - LN_SQRT_2PI + y * factor.lnH(-(a + b * z) / c);
        }

        @Override
        public double nodeValue(double z, int index) {
            if (index >= nodeR.length) {
                nodeR = Arrays.copyOf(nodeR, 2 * index);
                nodeLh = Arrays.copyOf(nodeLh, 2 * index);
            }
            double lh = factor.lnHWithRatio(-(a + b * z) / c, ratio);
            nodeR[index] = ratio[0];
            nodeLh[index] = lh;
            return -0.5 * z * z - LN_SQRT_2PI + y * lh;
        }

        @Override
        public void derivatives(double z, double[] out) {
            double w = (a + b * z) / c;
            double lh = factor.lnHWithRatio(-w, ratio);
            double rw = ratio[0];
            out[0] = -0.5 * z * z - LN_SQRT_2PI + y * lh;
            out[1] = -z + y * (b / c) * rw;
            out[2] = -1 - y * (b / c) * (b / c) * rw * (w + rw);
        }
    }
}
