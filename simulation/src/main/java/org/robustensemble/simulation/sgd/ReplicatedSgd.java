package org.robustensemble.simulation.sgd;

import java.util.SplittableRandom;
import java.util.function.Consumer;

import org.robustensemble.simulation.SimulationFailure;
import org.robustensemble.simulation.instance.Instance;
import org.robustensemble.simulation.instance.Patterns;
import org.robustensemble.simulation.random.RandomStreams;

/**
 * Replicated stochastic gradient descent on a binary committee machine (PNAS 113:E7655, 2016, appendix C;
 * docs/theory.md section 4.5); plain clipped SGD is y = 1, lambda = 0.
 *
 * <p>Each replica a keeps continuous weights H^a (length N K, layout {@code [k*N + i]}) and binary weights
 * W^a = sign(H^a) (H = 0 counts as -1), stored both as bytes and bit-packed per hidden unit for the forward
 * passes ({@link Patterns#dot}). One epoch is ceil(M / batch) sub-epochs; in each sub-epoch the replicas, in a
 * fresh random order, each take one mini-batch step on their own next mini-batch:
 * <ol>
 *   <li>with its weights fixed, every misclassified pattern of the batch adds eta sigma xi to the hidden units
 *       chosen by {@link MiniBatchStep} (least wrong units first); the summed step is then applied to H^a;</li>
 *   <li>the interaction kick of {@link Coupling} (if lambda > 0); the reference (traced: sign of the replica
 *       sum S_i, ties to -1; or the explicit reference replica) is updated with the replica's new signs.</li>
 * </ol>
 * At the end of an epoch the training errors of every replica and of the reference are computed; the run
 * stops as soon as one of them is zero. Then the schedules advance (gamma += gamma_step, lambda and eta
 * multiplied by their factors).
 *
 * <p>Randomness (all from {@link RandomStreams} of the run seed): the initial H (entries +-1) from
 * {@code INITIAL_STATE} (index 0 for the common start, index a for replica a and y for the explicit reference
 * when starts are independent); the mini-batch permutation of replica a from {@code MINIBATCH} index a (a
 * fresh permutation of the M patterns after each pass through them); the replica order of each sub-epoch from
 * {@code UPDATE_ORDER}. The instance is the caller's. A run is single-threaded and deterministic: the same
 * seed gives the same bits.
 */
public final class ReplicatedSgd {
    private final SgdParameters p;
    private final int n;
    private final int k;
    private final int m;
    private final int nk;
    private final int y;
    private final int words;
    private final Patterns xi;
    private final byte[] labels;
    /** Unpacked patterns, row-major {@code [mu*N + i]}, for the gradient accumulation. */
    private final byte[] rows;

    private final double[][] h;
    private final byte[][] w;
    /** Bit-packed patterns, row mu at words {@code [mu*words, (mu+1)*words)} (the layout of {@link Patterns}). */
    private final long[] patternBits;
    /** Bit-packed binary weights of each replica, unit u at words {@code [u*words, (u+1)*words)}. */
    private final long[][] packed;
    /** Traced reference: S_i = sum_a W_i^a. */
    private final int[] sum;
    /** Explicit reference (only for {@link Coupling#EXPLICIT}). */
    private final double[] hRef;
    private final byte[] wRef;
    private final long[] packedRef;

    private final int[][] perm;
    private final int[] cursor;
    private final SplittableRandom[] batchRng;
    private final SplittableRandom orderRng;
    private final int[] replicaOrder;

    private final int[] acc;
    private final boolean[] touched;
    private final int[] fields;
    private final int[] chosen;

    private double gamma;
    private double lambda;
    private double eta;
    private double[] table;
    private double selfFactor;

    private ReplicatedSgd(Instance instance, SgdParameters params, long seed) {
        this.p = params;
        this.n = instance.n();
        this.k = instance.k();
        this.m = instance.m();
        this.nk = n * k;
        this.y = params.y();
        this.xi = instance.patterns();
        this.words = xi.words();
        this.labels = instance.labels();
        this.rows = new byte[m * n];
        for (int mu = 0; mu < m; mu++) {
            for (int i = 0; i < n; i++) {
                rows[mu * n + i] = (byte) xi.get(mu, i);
            }
        }
        this.patternBits = new long[m * words];
        for (int mu = 0; mu < m; mu++) {
            System.arraycopy(Patterns.pack(xi.row(mu)), 0, patternBits, mu * words, words);
        }
        RandomStreams streams = new RandomStreams(seed);
        h = new double[y][];
        w = new byte[y][nk];
        packed = new long[y][k * words];
        sum = new int[nk];
        double[] common = params.initEqual() ? randomSigns(streams.stream(RandomStreams.Stream.INITIAL_STATE, 0)) : null;
        for (int a = 0; a < y; a++) {
            h[a] = common != null ? common.clone()
                    : randomSigns(streams.stream(RandomStreams.Stream.INITIAL_STATE, a));
            for (int i = 0; i < nk; i++) {
                w[a][i] = sign(h[a][i]);
                sum[i] += w[a][i];
            }
            for (int u = 0; u < k; u++) {
                pack(w[a], u, packed[a]);
            }
        }
        if (params.coupling() == Coupling.EXPLICIT) {
            hRef = common != null ? common.clone()
                    : randomSigns(streams.stream(RandomStreams.Stream.INITIAL_STATE, y));
            wRef = new byte[nk];
            for (int i = 0; i < nk; i++) {
                wRef[i] = sign(hRef[i]);
            }
        } else {
            hRef = null;
            wRef = new byte[nk];
        }
        packedRef = new long[k * words];

        perm = new int[y][m];
        cursor = new int[y];
        batchRng = new SplittableRandom[y];
        for (int a = 0; a < y; a++) {
            batchRng[a] = streams.stream(RandomStreams.Stream.MINIBATCH, a);
            for (int mu = 0; mu < m; mu++) {
                perm[a][mu] = mu;
            }
            shuffle(perm[a], batchRng[a]);
        }
        orderRng = streams.stream(RandomStreams.Stream.UPDATE_ORDER);
        replicaOrder = new int[y];

        acc = new int[nk];
        touched = new boolean[k];
        fields = new int[k];
        chosen = new int[k];
        gamma = params.gamma();
        lambda = params.lambda();
        eta = params.eta();
    }

    /**
     * Runs (replicated) SGD on an instance.
     *
     * @param instance the committee-machine instance (K odd, N odd)
     * @param params   the parameters
     * @param seed     the run seed (initial state, mini-batch order, replica order)
     * @param trace    receives one record per epoch, starting with epoch 0 (may be {@code null})
     * @throws SimulationFailure if a continuous weight becomes non-finite
     */
    public static SgdResult run(Instance instance, SgdParameters params, long seed, Consumer<EpochRecord> trace) {
        return new ReplicatedSgd(instance, params, seed).run(trace);
    }

    private SgdResult run(Consumer<EpochRecord> trace) {
        int subEpochs = (m + p.batch() - 1) / p.batch();
        int[] errs = new int[y];
        int epoch = 0;
        int refErr = evaluate(errs);
        emit(trace, epoch, refErr, errs);
        while (!solved(refErr, errs) && epoch < p.maxEpochs()) {
            table = p.coupling().traced() ? p.coupling().targetTable(gamma, y) : null;
            selfFactor = p.coupling().selfFactor(gamma, y);
            for (int s = 0; s < subEpochs; s++) {
                for (int a = 0; a < y; a++) {
                    replicaOrder[a] = a;
                }
                shuffle(replicaOrder, orderRng);
                for (int a : replicaOrder) {
                    step(a);
                }
            }
            epoch++;
            checkFinite(epoch);
            refErr = evaluate(errs);
            emit(trace, epoch, refErr, errs);
            gamma += p.gammaStep();
            lambda *= p.lambdaFactor();
            eta *= p.etaFactor();
        }
        boolean solved = solved(refErr, errs);
        int source = -1;
        int best = refErr;
        for (int a = 0; a < y; a++) {
            if (errs[a] < best) {
                best = errs[a];
                source = a;
            }
        }
        byte[] weights = source < 0 ? wRef.clone() : w[source].clone();
        return new SgdResult(solved, epoch, best, source, weights, wRef.clone(), refErr, (long) epoch * y * m);
    }

    private static boolean solved(int refErr, int[] errs) {
        if (refErr == 0) {
            return true;
        }
        for (int e : errs) {
            if (e == 0) {
                return true;
            }
        }
        return false;
    }

    /** One mini-batch step of replica a, followed by its interaction kick. */
    private void step(int a) {
        double[] ha = h[a];
        long[] pa = packed[a];
        int[] pr = perm[a];
        int from = cursor[a];
        int to = Math.min(from + p.batch(), m);
        boolean any = false;
        for (int c = from; c < to; c++) {
            int mu = pr[c];
            forward(mu, pa, fields);
            int sigma = labels[mu];
            int nfix = MiniBatchStep.unitsToFix(sigma, fields, chosen);
            int row = mu * n;
            for (int j = 0; j < nfix; j++) {
                int u = chosen[j];
                touched[u] = true;
                any = true;
                int off = u * n;
                if (sigma > 0) {
                    for (int i = 0; i < n; i++) {
                        acc[off + i] += rows[row + i];
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        acc[off + i] -= rows[row + i];
                    }
                }
            }
        }
        if (to == m) {
            shuffle(pr, batchRng[a]);
            cursor[a] = 0;
        } else {
            cursor[a] = to;
        }
        if (any) {
            for (int u = 0; u < k; u++) {
                if (touched[u]) {
                    int off = u * n;
                    for (int i = off; i < off + n; i++) {
                        ha[i] += eta * acc[i];
                        acc[i] = 0;
                    }
                }
            }
        }
        if (lambda > 0) {
            kick(a);
            for (int u = 0; u < k; u++) {
                pack(w[a], u, pa);
                touched[u] = false;
            }
        } else if (any) {
            byte[] wa = w[a];
            for (int u = 0; u < k; u++) {
                if (touched[u]) {
                    int off = u * n;
                    for (int i = off; i < off + n; i++) {
                        byte s = sign(ha[i]);
                        sum[i] += s - wa[i];
                        wa[i] = s;
                    }
                    pack(wa, u, pa);
                    touched[u] = false;
                }
            }
        }
    }

    /** The interaction kick of replica a (see {@link Coupling}); updates W^a and the reference. */
    private void kick(int a) {
        if (p.coupling().traced()) {
            tracedKick(h[a], w[a], sum, table, y, selfFactor, lambda);
        } else {
            explicitKick(h[a], w[a], sum, hRef, wRef, lambda);
        }
    }

    /**
     * The traced-reference kick (eq. C7 and variants, see {@link Coupling}): for every weight i,
     * H_i += lambda (table[S_i + y] - c sign(H_i)), with sign(H_i) the replica's weight after its gradient step
     * and S_i the replica sum that still counts the replica's previous weight w_i; then S_i and w_i take the
     * new sign.
     */
    static void tracedKick(double[] ha, byte[] wa, int[] s, double[] table, int y, double c, double lambda) {
        for (int i = 0; i < ha.length; i++) {
            double hi = ha[i];
            double wi = sign(hi);
            hi += lambda * (table[s[i] + y] - c * wi);
            ha[i] = hi;
            byte nw = sign(hi);
            s[i] += nw - wa[i];
            wa[i] = nw;
        }
    }

    /**
     * The explicit-reference kick: with d_i = (Wref_i - sign(H_i))/2, H_i += lambda d_i and Href_i -= lambda d_i;
     * then w_i, S_i and Wref_i take the new signs.
     */
    static void explicitKick(double[] ha, byte[] wa, int[] s, double[] hRef, byte[] wRef, double lambda) {
        for (int i = 0; i < ha.length; i++) {
            double hi = ha[i];
            int wi = sign(hi);
            int d = (wRef[i] - wi) / 2;
            if (d != 0) {
                hi += lambda * d;
                hRef[i] -= lambda * d;
                wRef[i] = sign(hRef[i]);
            }
            ha[i] = hi;
            byte nw = sign(hi);
            s[i] += nw - wa[i];
            wa[i] = nw;
        }
    }

    /** Training errors of every replica (into errs) and of the reference (returned); refreshes the reference. */
    private int evaluate(int[] errs) {
        if (p.coupling().traced()) {
            for (int i = 0; i < nk; i++) {
                wRef[i] = (byte) (sum[i] > 0 ? 1 : -1);
            }
        }
        for (int u = 0; u < k; u++) {
            pack(wRef, u, packedRef);
        }
        for (int a = 0; a < y; a++) {
            errs[a] = errors(packed[a]);
        }
        return errors(packedRef);
    }

    private int errors(long[] net) {
        int e = 0;
        int[] f = fields;
        for (int mu = 0; mu < m; mu++) {
            forward(mu, net, f);
            int votes = 0;
            for (int u = 0; u < k; u++) {
                votes += vote(f[u]);
            }
            if ((votes > 0 ? 1 : -1) != labels[mu]) {
                e++;
            }
        }
        return e;
    }

    /**
     * Hidden fields of pattern mu for bit-packed weights: h_u = N - 2 popcount(xi XOR w_u) (same as
     * {@link Patterns#dot}, on the flat layouts of this class).
     */
    private void forward(int mu, long[] net, int[] out) {
        long[] bits = patternBits;
        int off = mu * words;
        int wd = words;
        for (int u = 0, woff = 0; u < k; u++, woff += wd) {
            int diff = 0;
            for (int j = 0; j < wd; j++) {
                diff += Long.bitCount(bits[off + j] ^ net[woff + j]);
            }
            out[u] = n - 2 * diff;
        }
    }

    private void emit(Consumer<EpochRecord> trace, int epoch, int refErr, int[] errs) {
        if (trace == null) {
            return;
        }
        long dist = 0;
        for (int a = 0; a < y; a++) {
            for (int i = 0; i < nk; i++) {
                if (w[a][i] != wRef[i]) {
                    dist++;
                }
            }
        }
        trace.accept(new EpochRecord(epoch, gamma, lambda, eta, refErr, errs.clone(), (double) dist / ((double) y * nk)));
    }

    private void checkFinite(int epoch) {
        for (int a = 0; a < y; a++) {
            for (int i = 0; i < nk; i++) {
                if (!Double.isFinite(h[a][i])) {
                    throw new SimulationFailure("SGD: continuous weight H[" + i + "] of replica " + a
                            + " is " + h[a][i] + " after epoch " + epoch + " (eta = " + eta + ", lambda = " + lambda + ")");
                }
            }
        }
    }

    private double[] randomSigns(SplittableRandom rng) {
        double[] v = new double[nk];
        for (int i = 0; i < nk; i++) {
            v[i] = rng.nextBoolean() ? 1.0 : -1.0;
        }
        return v;
    }

    /**
     * @return +1 if x > 0, else -1 (also for +0, -0), without a branch: the weights' signs are close to random,
     *         so a branch would be mispredicted half of the time (x86 has no conditional move for doubles)
     */
    static byte sign(double x) {
        long bits = Double.doubleToRawLongBits(x);
        // negative: sign bit set (includes -0); zero: bits - 1 = -1 has the sign bit set
        int notPositive = (int) (((bits - 1) | bits) >>> 63);
        return (byte) (1 - 2 * notPositive);
    }

    /** @return the vote sign(h) of a nonzero hidden field, branch-free: +1 for h > 0, -1 for h < 0 */
    static int vote(int h) {
        return 1 + 2 * (h >> 31);
    }

    /** Packs unit u of src (entries {@code [u*N, (u+1)*N)}) into words {@code [u*words, (u+1)*words)} of dst. */
    private void pack(byte[] src, int u, long[] dst) {
        int off = u * n;
        int dOff = u * words;
        for (int word = 0; word < words; word++) {
            int base = word << 6;
            int lim = Math.min(64, n - base);
            long bits = 0L;
            int from = off + base;
            for (int b = 0; b < lim; b++) {
                bits |= ((long) ((src[from + b] + 1) >>> 1)) << b;   // +1 -> 1, -1 -> 0, branch-free
            }
            dst[dOff + word] = bits;
        }
    }

    private static void shuffle(int[] a, SplittableRandom rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    // ---- package-private access for the unit tests ----

    /** A run state that tests can drive step by step. */
    static ReplicatedSgd forTest(Instance instance, SgdParameters params, long seed) {
        ReplicatedSgd r = new ReplicatedSgd(instance, params, seed);
        r.table = params.coupling().traced() ? params.coupling().targetTable(r.gamma, r.y) : null;
        r.selfFactor = params.coupling().selfFactor(r.gamma, r.y);
        return r;
    }

    /** Sets replica a's continuous weights (and its signs, the replica sum and the packed form). */
    void setContinuous(int a, double[] values) {
        for (int i = 0; i < nk; i++) {
            sum[i] -= w[a][i];
            h[a][i] = values[i];
            w[a][i] = sign(values[i]);
            sum[i] += w[a][i];
        }
        for (int u = 0; u < k; u++) {
            pack(w[a], u, packed[a]);
        }
    }

    /** Runs one mini-batch step (and kick) of replica a on its next mini-batch. */
    void stepForTest(int a) {
        step(a);
    }

    double[] continuous(int a) {
        return h[a].clone();
    }

    byte[] binary(int a) {
        return w[a].clone();
    }

    int[] replicaSum() {
        return sum.clone();
    }

    /** @return the patterns of replica a's next mini-batch, in order */
    int[] nextBatch(int a) {
        int from = cursor[a];
        int to = Math.min(from + p.batch(), m);
        return java.util.Arrays.copyOfRange(perm[a], from, to);
    }
}
