package org.robustensemble.simulation.bp.factor;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;

/**
 * Sequential BP sweep of the perceptron kernel on two threads with the same result bits as one thread: both threads
 * visit the patterns in the same order, the calling thread updating edges [0, split) and a pool thread edges
 * [split, n) of each pattern. The only data one half needs from the other is the pair of partial sums of each
 * pattern (the mean and variance of its pre-activation); they are exchanged through a two-slot mailbox per side
 * (by pattern parity) published with a volatile counter, and both sides add them as low + high, the order
 * {@link PerceptronKernel#update} uses. Everything else a half reads (beliefs and messages of its own edges) it
 * wrote itself, so there is one handshake per pattern and no lock. A side that finds the other's sums not yet
 * posted spins briefly (the common case when both threads run) and then parks until the other side posts and
 * unparks it, so an oversubscribed machine (more runnable threads than cores) costs context switches, not
 * scheduler quanta of spinning.
 */
public final class HalfSweep {
    /** Busy-wait iterations before a waiting side parks. */
    private static final int SPINS = 1 << 12;
    /** Longest park between checks that the other side has not failed (ns). */
    private static final long PARK_NANOS = 1_000_000;

    private final PerceptronKernel kernel;
    private final int n;
    private final int split;
    private final double[] lowSlot = new double[4];
    private final double[] highSlot = new double[4];
    private volatile int lowPosted;
    private volatile int highPosted;
    private volatile boolean aborted;
    private volatile Thread lowThread;
    private volatile Thread highThread;
    private volatile boolean lowParked;
    private volatile boolean highParked;

    /** The two-thread sweep of {@code kernel} for N inputs. */
    public HalfSweep(PerceptronKernel kernel, int n) {
        this.kernel = kernel;
        this.n = n;
        this.split = kernel.split();
    }

    /**
     * One sweep over the patterns perm[0..m) (each updated on both halves, beliefs applied at once).
     *
     * @return the largest change of a message as a magnetization (NaN if one is NaN)
     */
    public double sweep(ExecutorService pool, int[] perm, int m, double[] u, double[] total, double lambda,
            PerceptronKernel.Scratch low, PerceptronKernel.Scratch high) {
        lowPosted = -1;
        highPosted = -1;
        aborted = false;
        Future<Double> other = pool.submit(() -> half(perm, m, u, total, lambda, high, false));
        double mine;
        try {
            mine = half(perm, m, u, total, lambda, low, true);
        } catch (RuntimeException | Error e) {
            aborted = true;
            throw e;
        }
        double theirs;
        try {
            theirs = other.get();
        } catch (InterruptedException e) {
            aborted = true;
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
        return Double.isNaN(mine) || Double.isNaN(theirs) ? Double.NaN : Math.max(mine, theirs);
    }

    private double half(int[] perm, int m, double[] u, double[] total, double lambda, PerceptronKernel.Scratch w,
            boolean lower) {
        int lo = lower ? 0 : split;
        int hi = lower ? split : n;
        double[] mySlot = lower ? lowSlot : highSlot;
        double[] theirSlot = lower ? highSlot : lowSlot;
        if (lower) {
            lowThread = Thread.currentThread();
        } else {
            highThread = Thread.currentThread();
        }
        double max = 0;
        boolean nan = false;
        try {
            for (int p = 0; p < m; p++) {
                int mu = perm[p];
                kernel.front(mu, u, total, w, lo, hi);
                kernel.sums(mu, w, lo, hi);
                int k = (p & 1) << 1;
                mySlot[k] = w.s;
                mySlot[k + 1] = w.v;
                if (lower) {
                    lowPosted = p;
                    if (highParked) {
                        LockSupport.unpark(highThread);
                    }
                    await(p, false);
                } else {
                    highPosted = p;
                    if (lowParked) {
                        LockSupport.unpark(lowThread);
                    }
                    await(p, true);
                }
                double ss = lower ? w.s + theirSlot[k] : theirSlot[k] + w.s;
                double v = lower ? w.v + theirSlot[k + 1] : theirSlot[k + 1] + w.v;
                double d = kernel.back(mu, u, total, lambda, w, true, null, 0, ss, v, lo, hi);
                if (d != d) {
                    nan = true;
                } else if (d > max) {
                    max = d;
                }
            }
        } catch (RuntimeException | Error e) {
            aborted = true;
            throw e;
        }
        return nan ? Double.NaN : max;
    }

    /**
     * Waits until the low (or high) side has posted pattern p: spins, then parks (the poster unparks a parked side;
     * the flag is set before the last check, so a post between the check and the park is not missed, and the park
     * is bounded anyway); gives up if the other side failed.
     */
    private void await(int p, boolean forLow) {
        for (int spins = 0; spins < SPINS; spins++) {
            if ((forLow ? lowPosted : highPosted) >= p) {
                return;
            }
            Thread.onSpinWait();
        }
        while (true) {
            if (forLow) {
                highParked = true;
            } else {
                lowParked = true;
            }
            if ((forLow ? lowPosted : highPosted) >= p) {
                break;
            }
            if (aborted) {
                throw new IllegalStateException("the other half of the sweep failed");
            }
            LockSupport.parkNanos(this, PARK_NANOS);
        }
        if (forLow) {
            highParked = false;
        } else {
            lowParked = false;
        }
    }
}
