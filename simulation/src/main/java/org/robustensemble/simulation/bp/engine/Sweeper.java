package org.robustensemble.simulation.bp.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.robustensemble.simulation.SimulationFailure;
import org.robustensemble.simulation.bp.factor.FocusingFactor;
import org.robustensemble.simulation.bp.factor.HalfSweep;
import org.robustensemble.simulation.bp.factor.PatternUpdate;
import org.robustensemble.simulation.bp.factor.PerceptronKernel;
import org.robustensemble.simulation.bp.state.MessageState;

/**
 * The sweep order and the threads of BP (docs/theory.md 4.3): a sweep visits the patterns in a fresh random permutation
 * drawn from its own update-order stream, updates each pattern's factors (the {@link PerceptronKernel} for the
 * perceptron with the Gaussian factor, {@link PatternUpdate} otherwise), then refreshes the focusing messages and
 * checks that every belief is finite.
 *
 * <p>Threads: with block size B > 1 the permutation is cut into blocks of B patterns whose messages are all
 * computed from the same beliefs (spread over up to B worker threads), after which every belief is updated by an
 * ordered reduction over the block (split by weight ranges): the result depends on B but never on the thread
 * count. With B = 1 and two or more threads the perceptron kernel splits each pattern's edges over two threads
 * ({@link HalfSweep}, the same bits as one thread). Not thread-safe; {@link #close()} releases the workers.
 */
public final class Sweeper implements AutoCloseable {
    private final MessageState st;
    private final FocusingFactor focusing;
    private final PatternUpdate generic;
    private final SplittableRandom order;
    private final int[] perm;
    private final int block;
    private final double lambda;
    private final Workspace[] ws;
    private final double[] oldBlock;
    private long sweeps;
    private ExecutorService pool;
    /** Two-thread sweeps of the perceptron kernel (block 1, threads >= 2); created on first use. */
    private HalfSweep halves;
    /** Specialised pattern update of the perceptron (K = 1, Gaussian factor), or null (generic path). */
    private PerceptronKernel kernel;

    /** Per-thread scratch space. */
    private static final class Workspace {
        final PatternUpdate.Scratch generic;
        final PerceptronKernel.Scratch kernel;

        Workspace(int n, int k) {
            kernel = k == 1 ? new PerceptronKernel.Scratch(n) : null;
            generic = new PatternUpdate.Scratch(n, k);
        }
    }

    /**
     * @param st       the state updated in place
     * @param focusing the focusing factor, refreshed after every sweep
     * @param generic  the generic pattern update
     * @param kernel   the perceptron kernel, or null (generic path)
     * @param order    the update-order stream
     * @param block    patterns updated from the same beliefs (1 = sequential BP)
     * @param threads  threads (>= 1)
     * @param lambda   damping
     */
    public Sweeper(MessageState st, FocusingFactor focusing, PatternUpdate generic, PerceptronKernel kernel,
                   SplittableRandom order, int block, int threads, double lambda) {
        this.st = st;
        this.focusing = focusing;
        this.generic = generic;
        this.kernel = kernel;
        this.order = order;
        this.block = block;
        this.lambda = lambda;
        perm = new int[st.m];
        for (int mu = 0; mu < st.m; mu++) {
            perm[mu] = mu;
        }
        // block 1: the perceptron kernel can split each pattern's edges over two threads (HalfSweep, same bits);
        // block B > 1: up to B threads update the patterns of a block
        int t = block == 1 ? (kernel != null ? Math.min(threads, 2) : 1) : Math.max(1, Math.min(threads, block));
        ws = new Workspace[t];
        for (int i = 0; i < t; i++) {
            ws[i] = new Workspace(st.n, st.k);
        }
        oldBlock = block > 1 ? new double[block * st.nw] : new double[0];
    }

    /** Switches the specialised perceptron kernel off (tests compare it with the generic path). */
    public void useGenericUpdates() {
        st.encoded();
        kernel = null;
    }

    /** @return sweeps done so far */
    public long sweeps() {
        return sweeps;
    }

    /**
     * One sweep over all patterns in a fresh random order, then a refresh of the focusing messages.
     *
     * @return the largest change of an input-layer message (magnetization)
     * @throws SimulationFailure if a belief becomes non-finite
     */
    public double sweep() {
        final int m = st.m;
        for (int i = m - 1; i > 0; i--) {
            int j = order.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        double maxd = 0;
        int b = block;
        double[] u = st.u;
        double[] total = st.total;
        if (kernel != null) {
            if (kernel.ratioMessages()) {
                st.toRatios();
            }
            kernel.beginSweep(total);
        }
        if (b == 1 && kernel != null && ws.length == 2) {
            if (halves == null) {
                halves = new HalfSweep(kernel, st.n);
            }
            maxd = halves.sweep(pool(), perm, m, u, total, lambda, ws[0].kernel, ws[1].kernel);
        } else if (b == 1 && kernel != null) {
            PerceptronKernel.Scratch scratch = ws[0].kernel;
            for (int p = 0; p < m; p++) {
                maxd = Math.max(maxd, kernel.update(perm[p], u, total, lambda, scratch, true, null, 0));
            }
        } else if (b == 1) {
            PatternUpdate.Scratch w = ws[0].generic;
            for (int p = 0; p < m; p++) {
                maxd = Math.max(maxd, generic.update(perm[p], w, lambda, true, null, 0));
            }
        } else {
            for (int start = 0; start < m; start += b) {
                maxd = Math.max(maxd, block(start, Math.min(m, start + b)));
            }
        }
        if (kernel != null) {
            kernel.endSweep(total);
        }
        focusing.refresh(st);
        sweeps++;
        for (int j = 0; j < st.nw; j++) {
            if (!Double.isFinite(total[j])) {
                throw new SimulationFailure("BP: non-finite belief " + total[j] + " on weight " + j + " at sweep " + sweeps
                        + " (gamma = " + focusing.gamma() + ", y = " + focusing.y() + ", representation "
                        + st.alg.representation() + ")");
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
        int nw = st.nw;
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
        int start = a - (a % block);
        int nw = st.nw;
        for (int p = a; p < z; p++) {
            int mu = perm[p];
            int off = (p - start) * nw;
            d = Math.max(d, kernel != null ? kernel.update(mu, st.u, st.total, lambda, w.kernel, false, oldBlock, off)
                    : generic.update(mu, w.generic, lambda, false, oldBlock, off));
        }
        return d;
    }

    private void blockPhase2(int start, int end, int ja, int jz) {
        if (kernel != null) {
            kernel.reduce(perm, start, end, ja, jz, st.u, st.total, oldBlock);
            return;
        }
        generic.reduce(perm, start, end, ja, jz, oldBlock);
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
            pool = null;
        }
    }
}
