package org.robustensemble.simulation.amp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.robustensemble.simulation.instance.Patterns;

/**
 * The M x N pattern matrix xi (entries +-1) of a perceptron instance, bit-packed twice: by rows (M rows of N bits,
 * as {@link Patterns}) and by columns (N rows of M bits), so that both AMP products, omega = xi m (length M) and
 * b = xi^T g (length N), read their matrix row by row (simulation/docs/bp.md, "Approximate message passing").
 *
 * <p>Product kernel (the "four Russians" table method): for a block of {@value #BLOCK_WORDS} words (4096 columns)
 * the vector's 512 byte-chunks get a table of all 256 signed sums sum_k (+-1) x_{8c+k} (1 MB for the block, L2-resident), and
 * each output is the sum over its row's bytes of table look-ups: 8 look-ups per 64 entries, no per-entry branch
 * or multiply. Memory: 2 M N / 8 bytes.
 *
 * <p>Reproducibility: each output is summed by one thread in a fixed order (blocks in order; within a block the
 * words in order, each word's eight look-ups as a fixed tree; each table entry by a fixed recursion). Threads only
 * split the outputs, so the result has the same bits for any thread count (tested).
 *
 * <p>Thread-safe for concurrent reads of the matrix; one product at a time per instance. {@link #close()}
 * releases the worker threads.
 */
public final class SignMatrix implements AutoCloseable {
    /** Words per column block of the product kernel (table of 64 x 8 x 256 doubles = 1 MB, L2-resident; measured at N = 30001: blocks of 2, 4, 8, 16, 32, 64 words took 745, 344, 285, 280, 195, 180 ms of CPU per iteration, since a pass over all rows reads each row's block as one strided burst). */
    static final int BLOCK_WORDS = 64;
    /** Products with fewer table look-ups than this run on the calling thread only (same bits). */
    private static final long PARALLEL_MIN = 1L << 17;

    private final int rows;
    private final int cols;
    private final Packed byRow;
    private final Packed byCol;
    private final int threads;
    private ExecutorService pool;
    private final double[][] tables;
    private final double[] padRow;
    private final double[] padCol;

    /** One bit-packed layout: r rows of c entries, w words per row, bit set = +1 (LSB first). */
    private record Packed(int r, int c, int w, long[] bits) {
    }

    private SignMatrix(Packed byRow, Packed byCol, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads = " + threads + " must be >= 1");
        }
        this.rows = byRow.r();
        this.cols = byRow.c();
        this.byRow = byRow;
        this.byCol = byCol;
        this.threads = threads;
        this.tables = new double[threads][BLOCK_WORDS * 8 * 256];
        this.padRow = new double[byRow.w() * 64];
        this.padCol = new double[byCol.w() * 64];
    }

    /**
     * Packs the patterns of an instance (reading them entry by entry through {@link Patterns#get}) and their
     * transpose (64 x 64 bit-block transposes), on several cores when threads > 1 (the layouts do not depend on it).
     *
     * @param threads threads of the products (>= 1)
     */
    public static SignMatrix of(Patterns xi, int threads) {
        int m = xi.m();
        int n = xi.n();
        int w = Patterns.wordsFor(n);
        long[] b = new long[Math.multiplyExact(m, w)];
        rangeOf(m, threads).forEach(mu -> {
            int off = mu * w;
            for (int k = 0; k < w; k++) {
                long word = 0;
                int hi = Math.min(64, n - 64 * k);
                for (int j = 0; j < hi; j++) {
                    if (xi.get(mu, 64 * k + j) > 0) {
                        word |= 1L << j;
                    }
                }
                b[off + k] = word;
            }
        });
        Packed rowsP = new Packed(m, n, w, b);
        return new SignMatrix(rowsP, transpose(rowsP, threads), threads);
    }

    /** 0..count-1, in parallel (common fork-join pool) when threads > 1: for packing, where each index writes its own words. */
    private static IntStream rangeOf(int count, int threads) {
        IntStream r = IntStream.range(0, count);
        return threads > 1 ? r.parallel() : r;
    }

    /** The transposed layout, by 64 x 64 bit blocks (each block of 64 rows in parallel). */
    private static Packed transpose(Packed p, int threads) {
        int wt = Math.max(1, Patterns.wordsFor(Math.max(p.r(), 1)));
        long[] t = new long[Math.multiplyExact(p.c(), wt)];
        rangeOf(wt, threads).forEach(rb -> {
            long[] a = new long[64];
            for (int k = 0; k < p.w(); k++) {
                for (int i = 0; i < 64; i++) {
                    int r = 64 * rb + i;
                    a[i] = r < p.r() ? p.bits()[r * p.w() + k] : 0L;
                }
                transpose64(a);
                for (int j = 0; j < 64; j++) {
                    int c = 64 * k + j;
                    if (c < p.c()) {
                        t[c * wt + rb] = a[j];
                    }
                }
            }
        });
        return new Packed(p.c(), p.r(), wt, t);
    }

    /**
     * In-place transpose of a 64 x 64 bit matrix, row i = a[i], column j = bit j: afterwards bit i of a[j] is the
     * old bit j of a[i]. Recursive quadrant swaps (block sizes 32, 16, ..., 1).
     */
    static void transpose64(long[] a) {
        long mask = 0x00000000FFFFFFFFL;
        for (int j = 32; j != 0; j >>= 1, mask ^= mask << j) {
            for (int k = 0; k < 64; k = ((k | j) + 1) & ~j) {
                long t = ((a[k] >>> j) ^ a[k | j]) & mask;
                a[k | j] ^= t;
                a[k] ^= t << j;
            }
        }
    }

    /** @return M, the number of rows (patterns) */
    public int rows() {
        return rows;
    }

    /** @return N, the number of columns (weights) */
    public int cols() {
        return cols;
    }

    /** @return the threads of the products */
    public int threads() {
        return threads;
    }

    /** @return the entry xi[mu][i], +1 or -1 (from the row layout) */
    public int get(int mu, int i) {
        return (int) ((byRow.bits()[mu * byRow.w() + (i >>> 6)] >>> (i & 63)) & 1L) * 2 - 1;
    }

    /** @return the entry xi[mu][i] read from the column layout (tests: both layouts agree) */
    int getTransposed(int mu, int i) {
        return (int) ((byCol.bits()[i * byCol.w() + (mu >>> 6)] >>> (mu & 63)) & 1L) * 2 - 1;
    }

    /** @return bytes held by the two layouts */
    public long bytes() {
        return 8L * (byRow.bits().length + byCol.bits().length);
    }

    /**
     * out = xi x (out_mu = sum_i xi[mu][i] x_i).
     *
     * @param x   length N
     * @param out length M
     */
    public void times(double[] x, double[] out) {
        product(byRow, x, padRow, out);
    }

    /**
     * out = xi^T g (out_i = sum_mu xi[mu][i] g_mu).
     *
     * @param g   length M
     * @param out length N
     */
    public void transposeTimes(double[] g, double[] out) {
        product(byCol, g, padCol, out);
    }

    private void product(Packed p, double[] x, double[] pad, double[] out) {
        if (x.length != p.c() || out.length != p.r()) {
            throw new IllegalArgumentException("product of a " + p.r() + " x " + p.c() + " matrix with a vector of length "
                    + x.length + " into " + out.length);
        }
        System.arraycopy(x, 0, pad, 0, x.length);
        long work = (long) p.r() * p.w();
        int t = work * 8 < PARALLEL_MIN ? 1 : Math.min(threads, Math.max(1, p.r()));
        if (t == 1) {
            multiplyRange(p, pad, 0, p.r(), out, tables[0]);
            return;
        }
        List<Future<?>> fs = new ArrayList<>(t - 1);
        ExecutorService ex = pool();
        for (int i = 1; i < t; i++) {
            int r0 = (int) ((long) p.r() * i / t);
            int r1 = (int) ((long) p.r() * (i + 1) / t);
            double[] tab = tables[i];
            fs.add(ex.submit(() -> multiplyRange(p, pad, r0, r1, out, tab)));
        }
        multiplyRange(p, pad, 0, (int) ((long) p.r() / t), out, tables[0]);
        try {
            for (Future<?> f : fs) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during a matrix product", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("matrix product failed", e.getCause());
        }
    }

    private ExecutorService pool() {
        if (pool == null) {
            pool = Executors.newFixedThreadPool(threads - 1, r -> {
                Thread th = new Thread(r, "amp-product");
                th.setDaemon(true);
                return th;
            });
        }
        return pool;
    }

    /**
     * Tables of one column block: for each byte-chunk c (8 entries x_{8c}..x_{8c+7}) and each byte b,
     * T[256 c + b] = sum_k (2 bit_k(b) - 1) x_{8c+k}, by the recursion T[0] = -sum_k x_k,
     * T[b] = T[b without its lowest bit] + 2 x_(lowest bit).
     */
    private static void buildTables(double[] x, int w0, int w1, double[] tab) {
        int chunks = (w1 - w0) * 8;
        for (int c = 0; c < chunks; c++) {
            int xo = w0 * 64 + c * 8;
            int to = c << 8;
            double s = ((x[xo] + x[xo + 1]) + (x[xo + 2] + x[xo + 3])) + ((x[xo + 4] + x[xo + 5]) + (x[xo + 6] + x[xo + 7]));
            tab[to] = -s;
            for (int b = 1; b < 256; b++) {
                int low = Integer.numberOfTrailingZeros(b);
                tab[to + b] = tab[to + (b & (b - 1))] + 2 * x[xo + low];
            }
        }
    }

    /** Outputs r0..r1-1 of the product of layout p with the padded vector x. */
    private static void multiplyRange(Packed p, double[] x, int r0, int r1, double[] out, double[] tab) {
        long[] bits = p.bits();
        int w = p.w();
        for (int w0 = 0; w0 < w; w0 += BLOCK_WORDS) {
            int w1 = Math.min(w, w0 + BLOCK_WORDS);
            buildTables(x, w0, w1, tab);
            boolean first = w0 == 0;
            for (int r = r0; r < r1; r++) {
                int base = r * w;
                double s = 0;
                for (int k = w0; k < w1; k++) {
                    long v = bits[base + k];
                    int t = (k - w0) << 11;
                    double s01 = tab[t + (int) (v & 255)] + tab[t + 256 + (int) ((v >>> 8) & 255)];
                    double s23 = tab[t + 512 + (int) ((v >>> 16) & 255)] + tab[t + 768 + (int) ((v >>> 24) & 255)];
                    double s45 = tab[t + 1024 + (int) ((v >>> 32) & 255)] + tab[t + 1280 + (int) ((v >>> 40) & 255)];
                    double s67 = tab[t + 1536 + (int) ((v >>> 48) & 255)] + tab[t + 1792 + (int) (v >>> 56)];
                    s += (s01 + s23) + (s45 + s67);
                }
                out[r] = first ? s : out[r] + s;
            }
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
            pool = null;
        }
    }
}
