package org.robustensemble.simulation.amp;

import java.util.SplittableRandom;

import org.robustensemble.simulation.SimulationFailure;
import org.robustensemble.simulation.bp.Observables;
import org.robustensemble.simulation.bp.factor.FocusingFactor;
import org.robustensemble.simulation.instance.Instance;
import org.robustensemble.simulation.random.RandomStreams;

/**
 * Approximate message passing (AMP) for the binary perceptron on one instance, with the focusing factor of
 * docs/theory.md 4.3: the large-N form of the toolkit's BP (derivation and references in simulation/docs/bp.md,
 * "Approximate message passing": Kabashima 2003; Krzakala et al. 2012; Rangan 2011; Baldassi et al. PNAS 2016
 * for the focusing factor).
 *
 * <p>State: the magnetization m_i and the field b_i of every weight, the output message g_mu of every pattern, and
 * two scalars (with +-1 patterns every variance is the same for all weights or patterns): V = sum_i (1 - m_i^2)
 * and the Onsager coefficient A. One iteration (t), lambda the damping:
 * <pre>
 *   omega = xi m - V g                                  (cavity means of the pattern fields, g the stored messages)
 *   x_mu = sigma_mu omega_mu / sqrt V,   r_mu = G(x_mu) / H(-x_mu),   g'_mu = sigma_mu r_mu / sqrt V
 *   A = sum_mu r_mu (x_mu + r_mu) / V
 *   g = lambda g + (1 - lambda) g'                      (fBP's damping of the pattern-to-weight messages ...)
 *   b = lambda b + (1 - lambda) (xi^T g' + A m)         (... and of their sum, the cavity field of each weight)
 *   m_i = tanh(b_i + f(b_i; gamma, y))                  (f = AmpFunctions#focusingField)
 * </pre>
 * The first iteration is undamped (nothing to mix with). A message |g'_mu| above fBP's field clamp (30) is clamped
 * and has no Onsager term.
 * Initial state: m_i uniform in +-initRange from the {@link RandomStreams.Stream#INITIAL_STATE} stream, g = 0.
 * Convergence: the largest change of a pattern-to-weight message as a magnetization, max_mu |tanh g_new - tanh g_old|
 * (after damping, as fBP's test), below epsilon. A non-finite field throws {@link SimulationFailure}.
 *
 * <p>Memory: the two bit-packed layouts of {@link SignMatrix} (M N / 4 bytes) plus O(N + M) numbers. The products
 * run on {@link AmpParameters#threads()} threads with the same bits for any count. Not thread-safe;
 * {@link #close()} releases the product threads.
 */
public final class Amp implements AutoCloseable {
    private static final double V_FLOOR = 1e-12;

    private final Instance instance;
    private final AmpParameters par;
    private final SignMatrix xi;
    private final boolean ownsMatrix;
    private final int n;
    private final int m;
    private final byte[] sigma;
    private final double[] mag;
    private final double[] var;
    private final double[] field;
    private final double[] g;
    private final double[] gNew;
    private final double[] omega;
    private final double[] work;
    private boolean started;
    /** The focusing factor's (gamma, y) and whether it is on: the same validated state as fBP's. */
    private final FocusingFactor focusing = new FocusingFactor();
    private long iterations;

    /** Result of {@link #converge()}: converged, iterations done, last residual. */
    public record Convergence(boolean converged, int iterations, double residual) {
    }

    /**
     * AMP on a perceptron instance (K = 1), initial magnetizations from the {@link RandomStreams.Stream#INITIAL_STATE}
     * stream of {@code seed}; no focusing.
     */
    public Amp(Instance instance, AmpParameters par, long seed) {
        this(instance, SignMatrix.of(instance.patterns(), par.threads()), true, par, seed);
    }

    /**
     * As {@link #Amp(Instance, AmpParameters, long)} with the packed matrix of the instance given (shared by runs; the
     * caller closes it, and its thread count is used instead of {@link AmpParameters#threads()}).
     */
    public Amp(Instance instance, SignMatrix xi, AmpParameters par, long seed) {
        this(instance, xi, false, par, seed);
    }

    private Amp(Instance instance, SignMatrix xi, boolean ownsMatrix, AmpParameters par, long seed) {
        if (instance.k() != 1) {
            throw new IllegalArgumentException("AMP is implemented for the perceptron (k = 1), not k = " + instance.k());
        }
        if (xi.rows() != instance.m() || xi.cols() != instance.n()) {
            throw new IllegalArgumentException("the packed matrix is " + xi.rows() + " x " + xi.cols() + ", the instance "
                    + instance.m() + " x " + instance.n());
        }
        this.instance = instance;
        this.par = par;
        this.xi = xi;
        this.ownsMatrix = ownsMatrix;
        this.n = instance.n();
        this.m = instance.m();
        this.sigma = instance.labels().clone();
        mag = new double[n];
        var = new double[n];
        field = new double[n];
        g = new double[m];
        gNew = new double[m];
        omega = new double[m];
        work = new double[n];
        SplittableRandom init = new RandomStreams(seed).stream(RandomStreams.Stream.INITIAL_STATE);
        double r = par.initRange();
        for (int i = 0; i < n; i++) {
            double mi = r == 0 ? 0.0 : (2 * init.nextDouble() - 1) * r;
            mag[i] = mi;
            var[i] = 1 - mi * mi;
            field[i] = 0.5 * Math.log((1 + mi) / (1 - mi));
        }
    }

    /** @return the instance */
    public Instance instance() {
        return instance;
    }

    /** @return the settings */
    public AmpParameters parameters() {
        return par;
    }

    /** @return iterations done so far */
    public long iterations() {
        return iterations;
    }

    /**
     * Turns the focusing factor on with coupling gamma (>= 0, may be infinite) and y replicas (>= 1, may be
     * infinite). The focusing field is recomputed from the cavity fields at the next iteration.
     */
    public void setFocusing(double gamma, double y) {
        focusing.set(gamma, y);
    }

    /** @return the current focusing coupling gamma */
    public double gamma() {
        return focusing.gamma();
    }

    /** @return the current number of replicas y */
    public double y() {
        return focusing.y();
    }

    private double variance() {
        double v = 0;
        for (int i = 0; i < n; i++) {
            v += var[i];
        }
        return Math.max(v, V_FLOOR);
    }

    /**
     * One AMP iteration (class comment).
     *
     * @return the largest change of a pattern-to-weight message as a magnetization
     * @throws SimulationFailure if a field becomes non-finite
     */
    public double iterate() {
        boolean focusingOn = focusing.on();
        double gamma = focusing.gamma();
        double y = focusing.y();
        double lambda = started ? par.damping() : 0;
        double v = variance();
        double sv = Math.sqrt(v);
        xi.times(mag, omega);
        double aNew = 0;
        double maxd = 0;
        for (int mu = 0; mu < m; mu++) {
            double om = omega[mu] - v * g[mu];
            omega[mu] = om;
            int s = sigma[mu];
            double x = s * om / sv;
            double r = AmpFunctions.gOverH(-x);
            double gn = s * r / sv;
            if (Math.abs(gn) > AmpFunctions.FIELD_CLAMP) {
                // fBP's field clamp of a pattern-to-weight message (|u| <= 30); a clamped message has no Onsager term
                gn = Math.copySign(AmpFunctions.FIELD_CLAMP, gn);
            } else {
                aNew += r * (x + r);
            }
            gNew[mu] = gn;
            double gd = lambda * g[mu] + (1 - lambda) * gn;
            maxd = Math.max(maxd, Math.abs(Math.tanh(gd) - Math.tanh(g[mu])));
            g[mu] = gd;
        }
        aNew /= v;
        xi.transposeTimes(gNew, work);
        for (int i = 0; i < n; i++) {
            double b = lambda * field[i] + (1 - lambda) * (work[i] + aNew * mag[i]);
            double h = focusingOn ? b + AmpFunctions.focusingField(b, gamma, y) : b;
            if (!Double.isFinite(h)) {
                throw new SimulationFailure("AMP: non-finite field " + h + " of weight " + i + " at iteration "
                        + (iterations + 1) + " (gamma = " + gamma + ", y = " + y + ", V = " + v + ", A = " + aNew + ")");
            }
            field[i] = b;
            mag[i] = Math.tanh(h);
            double c = Math.cosh(h);
            var[i] = 1 / (c * c);
        }
        started = true;
        iterations++;
        return maxd;
    }

    /** Iterates until the residual is below epsilon or maxIters iterations were done. */
    public Convergence converge() {
        return converge(par.maxIters());
    }

    /**
     * Iterates until the residual is below epsilon or {@code limit} iterations were done.
     *
     * @param limit iterations at most (>= 1)
     */
    public Convergence converge(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("iteration limit = " + limit + " must be >= 1");
        }
        double d = Double.NaN;
        for (int it = 1; it <= limit; it++) {
            d = iterate();
            if (d < par.epsilon()) {
                return new Convergence(true, it, d);
            }
        }
        return new Convergence(false, limit, d);
    }

    /** @return a copy of the magnetizations m_i */
    public double[] magnetizations() {
        return mag.clone();
    }

    /** @return sign(m_i) (+1 on ties) */
    public byte[] signs() {
        byte[] w = new byte[n];
        for (int i = 0; i < n; i++) {
            w[i] = (byte) (mag[i] >= 0 ? 1 : -1);
        }
        return w;
    }

    /** @return training errors of sign(m) */
    public int errors() {
        return instance.errors(signs());
    }

    /** @return the Bethe free entropy per weight ({@link #analyze()}) */
    public double freeEntropy() {
        return analyze().freeEntropy();
    }

    /**
     * Observables at the current state (docs/theory.md 4.3; one extra product xi m). The Bethe free entropy per weight
     * is BP's (bp.md, "Free entropy and observables") expanded to second order in the O(1/sqrt N) pattern
     * messages (bp.md, "Approximate message passing"):
     * (1/N) [ sum_mu ln H(-sigma_mu omega_mu / sqrt V) + sum_i ( -m_i b_i + (1 - m_i^2) Q / 2 + T_i ) ] with
     * Q = sum_mu g_mu^2 and T_i = ln 2cosh b_i without focusing, else the focusing term
     * {@link AmpFunctions#focusingFreeEntropy} (per replica, as fBP). S, q-tilde as fBP (NaN without focusing).
     */
    public Observables analyze() {
        boolean focusingOn = focusing.on();
        double gamma = focusing.gamma();
        double y = focusing.y();
        double v = variance();
        double sv = Math.sqrt(v);
        double[] om = new double[m];
        xi.times(mag, om);
        double sum = 0;
        double qq = 0;
        for (int mu = 0; mu < m; mu++) {
            double o = om[mu] - v * g[mu];
            sum += AmpFunctions.lnH(-sigma[mu] * o / sv);
            qq += g[mu] * g[mu];
        }
        double q = 0;
        double sSum = 0;
        double qt = 0;
        for (int i = 0; i < n; i++) {
            double b = field[i];
            double mi = mag[i];
            double t = focusingOn ? AmpFunctions.focusingFreeEntropy(b, gamma, y) : AmpFunctions.lnTwoCosh(b);
            sum += -mi * b + 0.5 * var[i] * qq + t;
            q += mi * mi;
            if (focusingOn) {
                sSum += AmpFunctions.focusingOverlap(b, gamma, y);
                double rm = AmpFunctions.referenceMagnetization(b, gamma, y);
                qt += rm * rm;
            }
        }
        double f = sum / n;
        double s = focusingOn ? sSum / n : Double.NaN;
        double sigmaInt = focusingOn ? (gamma == Double.POSITIVE_INFINITY ? f : f - gamma * s) : Double.NaN;
        return new Observables(f, s, q / n, focusingOn ? qt / n : Double.NaN, sigmaInt, errors());
    }

    @Override
    public void close() {
        if (ownsMatrix) {
            xi.close();
        }
    }
}
