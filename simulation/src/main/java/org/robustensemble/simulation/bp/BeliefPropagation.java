package org.robustensemble.simulation.bp;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.robustensemble.simulation.SimulationFailure;
import org.robustensemble.simulation.instance.Instance;
import org.robustensemble.simulation.random.RandomStreams;

/**
 * Belief propagation for the binary perceptron (K = 1) and the fully connected committee machine (K odd) on one
 * instance (science.md section 4.3), with per-weight external fields and an optional focusing factor.
 *
 * <p>Factor graph per pattern mu: K perceptron ("theta") factors, each linking the N weights of a hidden unit to
 * its output tau_k, and (K > 1) one output factor sign(sum_k tau_k) = sigma^mu. Input-layer messages use the
 * Gaussian ("accurate") update {@link MessageAlgebra#erfMessage}; the output factor is updated exactly by
 * convolving the K - 1 other tau's. Each weight also carries an external field (prior exp(g W)) and, when
 * focusing is on, the focusing message of {@link MessageAlgebra#focusing} standing for the other y - 1
 * replicas coupled through a traced reference with exp(gamma W Wref).
 *
 * <p>A sweep visits the patterns in a fresh random permutation drawn from its own
 * {@link RandomStreams.Stream#UPDATE_ORDER} stream, then refreshes the focusing messages. With block size B > 1
 * the permutation is cut into blocks of B patterns whose messages are all computed from the same beliefs
 * (spread over the worker threads), after which every belief is updated by an ordered reduction over the block:
 * the result depends on B but never on the number of threads. Convergence: the largest change of an input-layer
 * message (as a magnetization) in a sweep is below epsilon. A non-finite belief stops the run with a
 * {@link SimulationFailure} naming the sweep and the weight.
 *
 * <p>For the perceptron with the Gaussian factor (K = 1, not exact input) the pattern updates run in
 * {@link PerceptronKernel} (same messages, no interface calls, and in the field representation rational arithmetic
 * on ratios e^{2u}; the message array holds those ratios between kernel sweeps and is converted back before any
 * other use).
 *
 * <p>Not thread-safe; {@link #close()} releases the worker threads.
 */
public final class BeliefPropagation implements AutoCloseable {
    private static final double S2_FLOOR = 1e-12;
    private static final double INV_SQRT2 = 1.0 / Math.sqrt(2.0);

    private final Instance instance;
    private final int n;
    private final int k;
    private final int m;
    private final int nw;
    private final byte[] xi;
    private final byte[] sigma;
    private final BpParameters par;
    private final MessageAlgebra alg;
    final double[] u;
    final double[] total;
    final double[] ext;
    /** Committee symmetry-breaking prior fields, fixed for the run (zero for K = 1; BpParameters#symmetryBreaking). */
    final double[] prior;
    final double[] foc;
    final double[] tauUp;
    final double[] tauDown;
    private double gamma = 0;
    private double y = 1;
    private boolean focusingOn;
    private final SplittableRandom order;
    private final int[] perm;
    private long sweeps;
    private final Workspace[] ws;
    private final double[] oldBlock;
    private ExecutorService pool;
    /** Two-thread sweeps of the perceptron kernel (block 1, threads >= 2); created on first use. */
    private HalfSweep halves;
    /** Specialised pattern update of the perceptron (K = 1, Gaussian factor), or null (generic path). */
    private PerceptronKernel kernel;
    /** Whether {@link #u} currently holds the kernel's ratios instead of the algebra's encoding. */
    private boolean ratios;

    /** Per-thread scratch space. */
    private static final class Workspace {
        final double[] cav;
        final double[] mag;
        final double[] mu;
        final double[] s2;
        final double[] hout;
        final double[] mt;
        final PerceptronKernel.Scratch kernel;

        Workspace(int n, int k) {
            kernel = k == 1 ? new PerceptronKernel.Scratch(n) : null;
            cav = new double[n * k];
            mag = new double[n * k];
            mu = new double[k];
            s2 = new double[k];
            hout = new double[k];
            mt = new double[k];
        }
    }

    /**
     * Creates BP on an instance with input-layer messages drawn uniformly in +-initRange (as magnetizations) from
     * the {@link RandomStreams.Stream#INITIAL_STATE} stream of {@code seed}; no external fields, no focusing. For a
     * committee (K > 1) the same stream then draws the fixed symmetry-breaking prior fields
     * ({@link BpParameters#symmetryBreaking()}).
     */
    public BeliefPropagation(Instance instance, BpParameters par, long seed) {
        this.instance = instance;
        this.par = par;
        this.alg = par.representation().algebra();
        this.n = instance.n();
        this.k = instance.k();
        this.m = instance.m();
        this.nw = n * k;
        if (par.exactInput() && n > 200) {
            throw new IllegalArgumentException("the exact input factor is O(N^3) per pattern: n = " + n + " must be <= 200");
        }
        xi = new byte[m * n];
        for (int mu = 0; mu < m; mu++) {
            byte[] r = instance.patterns().row(mu);
            System.arraycopy(r, 0, xi, mu * n, n);
        }
        sigma = instance.labels().clone();
        u = new double[m * nw];
        total = new double[nw];
        ext = new double[nw];
        prior = new double[nw];
        foc = new double[nw];
        tauUp = new double[m * k];
        tauDown = new double[m * k];
        if (k == 1 && !par.exactInput()) {
            kernel = new PerceptronKernel(n, m, xi, sigma, par.representation());
        }
        RandomStreams streams = new RandomStreams(seed);
        SplittableRandom init = streams.stream(RandomStreams.Stream.INITIAL_STATE);
        double r = par.initRange();
        // one pass: the messages, the beliefs as recomputeTotals() sums them (no prior yet), and for the field
        // kernel the ratios it sweeps with (exactly PerceptronKernel.ratio of each field, as at its first sweep)
        boolean toRatios = kernel != null && kernel.ratioMessages();
        for (int j = 0; j < nw; j++) {
            total[j] = alg.combine(alg.combine(ext[j], prior[j]), foc[j]);
        }
        for (int mu = 0; mu < m; mu++) {
            int base = mu * nw;
            for (int j = 0; j < nw; j++) {
                double v = alg.fromMagnetization(r == 0 ? 0.0 : (2 * init.nextDouble() - 1) * r);
                total[j] = alg.combine(total[j], v);
                u[base + j] = toRatios ? PerceptronKernel.ratio(v) : v;
            }
        }
        ratios = toRatios;
        double sb = par.symmetryBreaking();
        if (k > 1 && sb > 0) {
            // drawn after the initial messages, so the perceptron's and the sb = 0 streams are unchanged
            for (int j = 0; j < nw; j++) {
                prior[j] = alg.fromField(sb * (2 * init.nextDouble() - 1));
            }
            recomputeTotals();
        }
        order = streams.stream(RandomStreams.Stream.UPDATE_ORDER);
        perm = new int[m];
        for (int mu = 0; mu < m; mu++) {
            perm[mu] = mu;
        }
        // block 1: the perceptron kernel can split each pattern's edges over two threads (HalfSweep, same bits);
        // block B > 1: up to B threads update the patterns of a block
        int t = par.block() == 1 ? (kernel != null ? Math.min(par.threads(), 2) : 1)
                : Math.max(1, Math.min(par.threads(), par.block()));
        ws = new Workspace[t];
        for (int i = 0; i < t; i++) {
            ws[i] = new Workspace(n, k);
        }
        oldBlock = par.block() > 1 ? new double[par.block() * nw] : new double[0];
    }

    /** Switches the specialised perceptron kernel off (tests compare it with the generic path). */
    void useGenericUpdates() {
        encodedMessages();
        kernel = null;
    }

    /** Makes {@link #u} hold messages in the algebra's encoding again (after kernel sweeps). */
    private void encodedMessages() {
        if (ratios) {
            PerceptronKernel.ratiosToFields(u);
            ratios = false;
        }
    }

    /** @return the instance */
    public Instance instance() {
        return instance;
    }

    /** @return the parameters */
    public BpParameters parameters() {
        return par;
    }

    /** @return the message algebra in use */
    public MessageAlgebra algebra() {
        return alg;
    }

    /** @return sweeps done so far */
    public long sweeps() {
        return sweeps;
    }

    /** Recomputes every belief from the stored messages (exact, e.g. after loading messages). */
    void recomputeTotals() {
        encodedMessages();
        for (int j = 0; j < nw; j++) {
            total[j] = alg.combine(alg.combine(ext[j], prior[j]), foc[j]);
        }
        for (int mu = 0; mu < m; mu++) {
            int base = mu * nw;
            for (int j = 0; j < nw; j++) {
                total[j] = alg.combine(total[j], u[base + j]);
            }
        }
    }

    /**
     * Sets the external field (prior exp(g_j W_j)) on every weight; beliefs are updated, messages kept.
     *
     * @param fields g_j (length N K, finite)
     */
    public void setExternalFields(double[] fields) {
        if (fields.length != nw) {
            throw new IllegalArgumentException("external fields have length " + fields.length + ", expected N K = " + nw);
        }
        for (int j = 0; j < nw; j++) {
            if (!Double.isFinite(fields[j])) {
                throw new IllegalArgumentException("external field " + j + " = " + fields[j] + " must be finite");
            }
            double e = alg.fromField(fields[j]);
            total[j] = alg.combine(alg.cavity(total[j], ext[j]), e);
            ext[j] = e;
        }
    }

    /**
     * Turns the focusing factor on with coupling gamma (>= 0, may be infinite) and y replicas (>= 1, may be
     * infinite), and refreshes the focusing messages from the current beliefs.
     */
    public void setFocusing(double gamma, double y) {
        if (!(gamma >= 0)) {
            throw new IllegalArgumentException("gamma = " + gamma + " must be >= 0");
        }
        if (!(y >= 1)) {
            throw new IllegalArgumentException("y = " + y + " must be >= 1");
        }
        this.gamma = gamma;
        this.y = y;
        this.focusingOn = true;
        updateFocusing();
    }

    /** @return the current focusing coupling gamma */
    public double gamma() {
        return gamma;
    }

    /** @return the current number of replicas y */
    public double y() {
        return y;
    }

    private void updateFocusing() {
        if (!focusingOn) {
            return;
        }
        for (int j = 0; j < nw; j++) {
            double c = alg.cavity(total[j], foc[j]);
            double f = alg.focusing(c, gamma, y);
            foc[j] = f;
            total[j] = alg.combine(c, f);
        }
    }

    /** Result of {@link #converge()}. */
    public record Convergence(boolean converged, int sweeps, double residual) {
    }

    /** Sweeps until the largest message change is below epsilon or maxIters sweeps were done. */
    public Convergence converge() {
        double d = Double.NaN;
        for (int it = 1; it <= par.maxIters(); it++) {
            d = sweep();
            if (d < par.epsilon()) {
                return new Convergence(true, it, d);
            }
        }
        return new Convergence(false, par.maxIters(), d);
    }

    /**
     * One sweep over all patterns in a fresh random order, then a refresh of the focusing messages.
     *
     * @return the largest change of an input-layer message (magnetization)
     * @throws SimulationFailure if a belief becomes non-finite
     */
    public double sweep() {
        for (int i = m - 1; i > 0; i--) {
            int j = order.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        double maxd = 0;
        int b = par.block();
        if (kernel != null) {
            if (kernel.ratioMessages() && !ratios) {
                PerceptronKernel.fieldsToRatios(u);
                ratios = true;
            }
            kernel.beginSweep(total);
        }
        if (b == 1 && kernel != null && ws.length == 2) {
            if (halves == null) {
                halves = new HalfSweep(kernel, n);
            }
            maxd = halves.sweep(pool(), perm, m, u, total, par.damping(), ws[0].kernel, ws[1].kernel);
        } else if (b == 1 && kernel != null) {
            PerceptronKernel.Scratch scratch = ws[0].kernel;
            double lambda = par.damping();
            for (int p = 0; p < m; p++) {
                maxd = Math.max(maxd, kernel.update(perm[p], u, total, lambda, scratch, true, null, 0));
            }
        } else if (b == 1) {
            Workspace w = ws[0];
            for (int p = 0; p < m; p++) {
                maxd = Math.max(maxd, updatePattern(perm[p], w, true, 0));
            }
        } else {
            for (int start = 0; start < m; start += b) {
                maxd = Math.max(maxd, block(start, Math.min(m, start + b)));
            }
        }
        if (kernel != null) {
            kernel.endSweep(total);
        }
        updateFocusing();
        sweeps++;
        for (int j = 0; j < nw; j++) {
            if (!Double.isFinite(total[j])) {
                throw new SimulationFailure("BP: non-finite belief " + total[j] + " on weight " + j + " at sweep " + sweeps
                        + " (gamma = " + gamma + ", y = " + y + ", representation " + alg.representation() + ")");
            }
        }
        if (Double.isNaN(maxd)) {
            throw new SimulationFailure("BP: non-finite message change at sweep " + sweeps);
        }
        return maxd;
    }

    private double block(int start, int end) {
        int nb = end - start;
        int t = Math.min(ws.length, nb);
        if (t <= 1) {
            double d = blockPhase1(start, end, ws[0]);
            blockPhase2(start, end, 0, nw);
            return d;
        }
        List<Callable<Double>> tasks = new ArrayList<>(t);
        for (int c = 0; c < t; c++) {
            int a = start + (int) ((long) nb * c / t);
            int z = start + (int) ((long) nb * (c + 1) / t);
            Workspace w = ws[c];
            tasks.add(() -> blockPhase1(a, z, w));
        }
        double d = 0;
        for (Double x : invokeAll(tasks)) {
            d = Math.max(d, x);
        }
        List<Callable<Double>> red = new ArrayList<>(t);
        for (int c = 0; c < t; c++) {
            int a = (int) ((long) nw * c / t);
            int z = (int) ((long) nw * (c + 1) / t);
            red.add(() -> {
                blockPhase2(start, end, a, z);
                return 0.0;
            });
        }
        invokeAll(red);
        return d;
    }

    private ExecutorService pool() {
        if (pool == null) {
            pool = Executors.newFixedThreadPool(ws.length, r -> {
                Thread th = new Thread(r, "bp-worker");
                th.setDaemon(true);
                return th;
            });
        }
        return pool;
    }

    private List<Double> invokeAll(List<Callable<Double>> tasks) {
        try {
            List<Double> out = new ArrayList<>(tasks.size());
            for (Future<Double> f : pool().invokeAll(tasks)) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private double blockPhase1(int a, int z, Workspace w) {
        double d = 0;
        int start = a - (a % par.block());
        for (int p = a; p < z; p++) {
            int mu = perm[p];
            int off = (p - start) * nw;
            d = Math.max(d, kernel != null ? kernel.update(mu, u, total, par.damping(), w.kernel, false, oldBlock, off)
                    : updatePattern(mu, w, false, off));
        }
        return d;
    }

    private void blockPhase2(int start, int end, int ja, int jz) {
        if (kernel != null) {
            kernel.reduce(perm, start, end, ja, jz, u, total, oldBlock);
            return;
        }
        for (int j = ja; j < jz; j++) {
            double t = total[j];
            for (int p = start; p < end; p++) {
                int mu = perm[p];
                t = alg.combine(alg.cavity(t, oldBlock[(p - start) * nw + j]), u[mu * nw + j]);
            }
            total[j] = t;
        }
    }

    /**
     * Updates every message of pattern mu. With {@code apply} the beliefs are updated at once; otherwise the old
     * messages are saved at {@code oldBlock[oldOff..]} for the block reduction.
     */
    private double updatePattern(int mu, Workspace w, boolean apply, int oldOff) {
        final MessageAlgebra a = alg;
        final int xoff = mu * n;
        final int base = mu * nw;
        for (int h = 0; h < k; h++) {
            int tb = h * n;
            double s = 0;
            double v = 0;
            for (int i = 0; i < n; i++) {
                double c = a.cavity(total[tb + i], u[base + tb + i]);
                w.cav[tb + i] = c;
                double mg = a.toMagnetization(c);
                w.mag[tb + i] = mg;
                s += xi[xoff + i] * mg;
                v += 1 - mg * mg;
            }
            w.mu[h] = s;
            w.s2[h] = v;
        }
        if (k == 1) {
            w.hout[0] = a.certain(sigma[mu]);
        } else {
            for (int h = 0; h < k; h++) {
                double mt = par.exactInput() ? exactTau(w.mag, h * n, xoff)
                        : ErrorFunctions.erf(w.mu[h] * INV_SQRT2 / Math.sqrt(Math.max(w.s2[h], S2_FLOOR)));
                w.mt[h] = mt;
                tauUp[mu * k + h] = mt;
            }
            outputFields(w.mt, k, sigma[mu], w.hout);
            for (int h = 0; h < k; h++) {
                double g = a.fromField(w.hout[h]);
                w.hout[h] = g;
                tauDown[mu * k + h] = g;
            }
        }
        double maxd = 0;
        final double lambda = par.damping();
        for (int h = 0; h < k; h++) {
            int tb = h * n;
            double hout = w.hout[h];
            double s = w.mu[h];
            double v = w.s2[h];
            for (int i = 0; i < n; i++) {
                double mg = w.mag[tb + i];
                double x = xi[xoff + i];
                double nu;
                if (par.exactInput()) {
                    nu = a.fromField(exactMessage(w.mag, tb, xoff, i, a.toField(hout), hout));
                } else {
                    double s2bar = Math.max(v - (1 - mg * mg), S2_FLOOR);
                    nu = a.erfMessageDamped(s - x * mg, s2bar, x, hout, u[base + tb + i], lambda);
                }
                int idx = base + tb + i;
                double old = u[idx];
                if (lambda != 0 && par.exactInput()) {
                    nu = a.damp(old, nu, lambda);
                }
                double dd = Math.abs(nu - old);
                if (dd > maxd) {
                    dd = a.distance(nu, old);
                    if (dd > maxd) {
                        maxd = dd;
                    }
                }
                if (Double.isNaN(nu)) {
                    maxd = Double.NaN;
                }
                u[idx] = nu;
                if (apply) {
                    total[tb + i] = a.combine(w.cav[tb + i], nu);
                } else {
                    oldBlock[oldOff + tb + i] = old;
                }
            }
        }
        return maxd;
    }

    /**
     * Exact output-factor messages (committee, K odd): for each k the field on tau_k from the constraint
     * sign(sum_j tau_j) = sigma, given the magnetizations mt_j of the other tau's (convolution of K - 1 +-1
     * variables).
     */
    static void outputFields(double[] mt, int k, int sigma, double[] out) {
        double[] dist = new double[k];
        for (int h = 0; h < k; h++) {
            // distribution of S = sum_{j != h} tau_j over values -(k-1) .. (k-1) step 2: index (S + k - 1) / 2
            java.util.Arrays.fill(dist, 0.0);
            dist[0] = 1.0;
            int cnt = 0;
            for (int j = 0; j < k; j++) {
                if (j == h) {
                    continue;
                }
                double pp = (1 + mt[j]) / 2;
                double pm = (1 - mt[j]) / 2;
                for (int s = cnt + 1; s >= 0; s--) {
                    double val = (s <= cnt ? dist[s] * pm : 0) + (s >= 1 ? dist[s - 1] * pp : 0);
                    dist[s] = val;
                }
                cnt++;
            }
            // tau_h = +1: output sign(S + 1); S + 1 > 0 iff S >= 0 iff index >= (k-1)/2
            double pPlus = 0; // P(sign(S+1) = sigma)
            double pMinus = 0; // P(sign(S-1) = sigma)
            int half = (k - 1) / 2;
            for (int s = 0; s < k; s++) {
                int val = 2 * s - (k - 1);
                if ((val + 1 > 0 ? 1 : -1) == sigma) {
                    pPlus += dist[s];
                }
                if ((val - 1 > 0 ? 1 : -1) == sigma) {
                    pMinus += dist[s];
                }
            }
            assert half >= 0;
            out[h] = 0.5 * (Math.log(pPlus) - Math.log(pMinus));
            if (Double.isNaN(out[h])) {
                out[h] = 0.0;
            }
        }
    }

    /** @return ln P(sign(sum_k tau_k) = sigma) for independent tau's of magnetizations mt */
    static double lnOutputProbability(double[] mt, int k, int sigma) {
        double[] dist = new double[k + 1];
        dist[0] = 1.0;
        for (int j = 0; j < k; j++) {
            double pp = (1 + mt[j]) / 2;
            double pm = (1 - mt[j]) / 2;
            for (int s = j + 1; s >= 0; s--) {
                dist[s] = (s <= j ? dist[s] * pm : 0) + (s >= 1 ? dist[s - 1] * pp : 0);
            }
        }
        double p = 0;
        for (int s = 0; s <= k; s++) {
            int val = 2 * s - k;
            if ((val > 0 ? 1 : -1) == sigma) {
                p += dist[s];
            }
        }
        return Math.log(p);
    }

    /** Distribution of sum_{j in unit, j != skip} xi_j W_j (index (S + n) / 2 ... offset n), by convolution. */
    private double[] sumDistribution(double[] mag, int tb, int xoff, int skip) {
        double[] dist = new double[2 * n + 2];
        int off = n; // value v at index v + n
        dist[off] = 1.0;
        int lo = 0;
        int hi = 0;
        for (int j = 0; j < n; j++) {
            if (j == skip) {
                continue;
            }
            double mj = mag[tb + j] * xi[xoff + j];
            double pp = (1 + mj) / 2;
            double pm = (1 - mj) / 2;
            double[] nd = new double[dist.length];
            for (int v = lo; v <= hi; v += 2) {
                nd[v + 1 + off] += dist[v + off] * pp;
                nd[v - 1 + off] += dist[v + off] * pm;
            }
            dist = nd;
            lo--;
            hi++;
        }
        return dist;
    }

    /** Exact P(sum_i xi_i W_i > 0) - P(... < 0) for unit starting at tb. */
    private double exactTau(double[] mag, int tb, int xoff) {
        double[] d = sumDistribution(mag, tb, xoff, -1);
        double pos = 0;
        double neg = 0;
        for (int v = -n; v <= n; v++) {
            if (v > 0) {
                pos += d[v + n];
            } else if (v < 0) {
                neg += d[v + n];
            }
        }
        return pos - neg;
    }

    /** Exact input-factor message (as a field) to weight i given the output field g (may be infinite). */
    private double exactMessage(double[] mag, int tb, int xoff, int i, double g, double houtEncoded) {
        double[] d = sumDistribution(mag, tb, xoff, i);
        int x = xi[xoff + i];
        double[] lp = new double[2];
        for (int wi = 0; wi < 2; wi++) {
            int wv = wi == 0 ? 1 : -1;
            double pos = 0;
            double neg = 0;
            for (int v = -n; v <= n; v++) {
                double p = d[v + n];
                if (p == 0) {
                    continue;
                }
                if (v + x * wv > 0) {
                    pos += p;
                } else {
                    neg += p;
                }
            }
            lp[wi] = lnMix(g, pos, neg);
        }
        return 0.5 * (lp[0] - lp[1]);
    }

    /** @return ln(e^g pos + e^-g neg), with g = +-infinity selecting one term */
    private static double lnMix(double g, double pos, double neg) {
        if (g == Double.POSITIVE_INFINITY || g >= 1e300) {
            return Math.log(pos);
        }
        if (g == Double.NEGATIVE_INFINITY || g <= -1e300) {
            return Math.log(neg);
        }
        return FieldAlgebra.logSumExp(g + Math.log(pos), -g + Math.log(neg));
    }

    /** @return the current belief (magnetization) of every weight, length N K */
    public double[] magnetizations() {
        double[] mm = new double[nw];
        for (int j = 0; j < nw; j++) {
            mm[j] = alg.toMagnetization(total[j]);
        }
        return mm;
    }

    /** @return sign of every belief (+1 on ties), length N K */
    public byte[] signs() {
        byte[] w = new byte[nw];
        for (int j = 0; j < nw; j++) {
            w[j] = (byte) (alg.toMagnetization(total[j]) >= 0 ? 1 : -1);
        }
        return w;
    }

    /** @return training errors of sign(m) */
    public int errors() {
        return instance.errors(signs());
    }

    /**
     * The Bethe free entropy per weight (natural log, divided by N K).
     *
     * <p>Without focusing: the free entropy of one system with priors exp(g_j W_j),
     * (1/NK) [sum_factors ln Z_a + sum_j (1 - d_j) ln 2cosh H_j], where Z_a is the factor's sum weighted by
     * the cavity fields exp(h W) and H_j the total field (Gaussian factor: ln Z_theta = sum_i ln 2cosh h_i +
     * ln H(-sigma mu / sqrt(s2))). With focusing (gamma, y): the Bethe free entropy of the y-replica system
     * with the traced reference (science.md 3.2 normalization) divided by y, i.e. the free entropy per replica
     * phi_RE / y; for gamma = infinity the coupling is normalised as exp(gamma (W Wref - 1)) so that it is
     * finite.
     */
    public double freeEntropy() {
        return analyze().freeEntropy();
    }

    /** Observables at the current messages (science.md 4.3). */
    public Observables analyze() {
        encodedMessages();
        Workspace w = ws[0];
        double sum = 0;
        for (int mu = 0; mu < m; mu++) {
            sum += patternTerm(mu, w);
        }
        int d = m + (focusingOn ? 1 : 0);
        double q = 0;
        double sSum = 0;
        double qt = 0;
        double p = ErrorFunctions.tanh(gamma);
        for (int j = 0; j < nw; j++) {
            double hTot = alg.toField(total[j]);
            sum += (1 - d) * ErrorFunctions.lnTwoCosh(hTot);
            double mg = alg.toMagnetization(total[j]);
            q += mg * mg;
            if (focusingOn) {
                double a = alg.toField(alg.cavity(total[j], foc[j]));
                double v = ErrorFunctions.atanhTanhProduct(gamma, a);
                double sv = v >= 0 ? 1.0 : -1.0;
                double cterm;
                double sj;
                double qj;
                if (y == Double.POSITIVE_INFINITY) {
                    double z = gamma == Double.POSITIVE_INFINITY ? Double.POSITIVE_INFINITY : gamma + a * sv;
                    cterm = gamma == Double.POSITIVE_INFINITY ? a * sv : ErrorFunctions.lnTwoCosh(z);
                    sj = ErrorFunctions.tanh(z);
                    qj = v == 0 ? 0.0 : 1.0;
                } else {
                    double bb = (y - 1) * v;
                    double lzc;
                    double lp = ErrorFunctions.lnTwoCosh(a + bb);
                    if (gamma == Double.POSITIVE_INFINITY) {
                        lzc = lp;
                    } else {
                        lzc = gamma + lp + Math.log(1 + Math.exp(-2 * gamma + ErrorFunctions.lnTwoCosh(a - bb) - lp));
                    }
                    cterm = lzc + (1 / y - 1) * ErrorFunctions.lnTwoCosh(y * v);
                    double ta = ErrorFunctions.tanh(a);
                    double tb = ErrorFunctions.tanh(bb);
                    sj = (p + ta * tb) / (1 + p * ta * tb);
                    double tq = ErrorFunctions.tanh(y * v);
                    qj = tq * tq;
                }
                sum += cterm;
                sSum += sj;
                qt += qj;
            }
        }
        double f = sum / nw;
        double s = focusingOn ? sSum / nw : Double.NaN;
        double sigmaInt = focusingOn ? (gamma == Double.POSITIVE_INFINITY ? f : f - gamma * s) : Double.NaN;
        return new Observables(f, s, q / nw, focusingOn ? qt / nw : Double.NaN, sigmaInt, errors());
    }

    private double patternTerm(int mu, Workspace w) {
        int xoff = mu * n;
        int base = mu * nw;
        double sum = 0;
        for (int h = 0; h < k; h++) {
            int tb = h * n;
            double s = 0;
            double v = 0;
            for (int i = 0; i < n; i++) {
                double c = alg.cavity(total[tb + i], u[base + tb + i]);
                double mg = alg.toMagnetization(c);
                w.mag[tb + i] = mg;
                sum += ErrorFunctions.lnTwoCosh(alg.toField(c));
                s += xi[xoff + i] * mg;
                v += 1 - mg * mg;
            }
            w.mu[h] = s;
            w.s2[h] = Math.max(v, S2_FLOOR);
        }
        if (k == 1) {
            int sg = sigma[mu];
            if (par.exactInput()) {
                double t = exactTau(w.mag, 0, xoff);
                return sum + Math.log((1 + sg * t) / 2);
            }
            return sum + ErrorFunctions.lnH(-sg * w.mu[0] / Math.sqrt(w.s2[0]));
        }
        for (int h = 0; h < k; h++) {
            w.mt[h] = par.exactInput() ? exactTau(w.mag, h * n, xoff)
                    : ErrorFunctions.erf(w.mu[h] * INV_SQRT2 / Math.sqrt(w.s2[h]));
        }
        outputFields(w.mt, k, sigma[mu], w.hout);
        for (int h = 0; h < k; h++) {
            double g = alg.toField(alg.fromField(w.hout[h]));
            double lpos;
            double lneg;
            if (par.exactInput()) {
                lpos = Math.log((1 + w.mt[h]) / 2);
                lneg = Math.log((1 - w.mt[h]) / 2);
            } else {
                double z = w.mu[h] / Math.sqrt(w.s2[h]);
                lpos = ErrorFunctions.lnH(-z);
                lneg = ErrorFunctions.lnH(z);
            }
            sum += FieldAlgebra.logSumExp(g + lpos, -g + lneg);
            double t = 0.5 * Math.log((1 + w.mt[h]) / (1 - w.mt[h]));
            t = Math.max(-700, Math.min(700, t));
            sum += ErrorFunctions.lnTwoCosh(t) - ErrorFunctions.lnTwoCosh(g + t);
        }
        sum += lnOutputProbability(w.mt, k, sigma[mu]);
        return sum;
    }

    /** A copy of the messages, for warm starts ({@link #restore(Messages)}). */
    public Messages snapshot() {
        encodedMessages();
        return new Messages(alg.representation(), n, k, m, u.clone(), foc.clone(), ext.clone());
    }

    /** Restores messages saved by {@link #snapshot()} on an instance of the same shape and representation. */
    public void restore(Messages msg) {
        if (msg.n() != n || msg.k() != k || msg.m() != m) {
            throw new IllegalArgumentException("messages are for n = " + msg.n() + ", k = " + msg.k() + ", m = " + msg.m()
                    + ", instance has n = " + n + ", k = " + k + ", m = " + m);
        }
        encodedMessages();
        MessageAlgebra from = msg.representation().algebra();
        for (int j = 0; j < u.length; j++) {
            u[j] = alg.fromField(from.toField(msg.input()[j]));
        }
        for (int j = 0; j < nw; j++) {
            foc[j] = alg.fromField(from.toField(msg.focusing()[j]));
            ext[j] = alg.fromField(from.toField(msg.external()[j]));
        }
        recomputeTotals();
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
            pool = null;
        }
    }
}
