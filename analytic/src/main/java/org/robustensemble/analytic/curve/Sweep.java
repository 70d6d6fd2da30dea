package org.robustensemble.analytic.curve;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.robustensemble.analytic.saddle.Continuation;
import org.robustensemble.analytic.saddle.NonConvergenceException;

/**
 * The one sweep engine of the local-entropy curves (docs/theory.md 3.2-3.4: S_I(d) at fixed alpha, each point a saddle
 * point continued from its neighbours): natural-parameter continuation in the distance d along a fixed lattice of
 * nodes, so that the path to a requested point, and with it its value or its failure, does not depend on which
 * other points were requested.
 *
 * <p>The lattice ({@link Lattice}: uniform, origin + k h, or graded, finer towards d = 0) has its node 0 at the
 * origin, a point the model solves from nothing (an exact point, such as d* of the Franz-Parisi curve, or a cold
 * start found by a march in gamma). A requested distance t is
 * reached by walking the nodes from the origin towards t up to the last node strictly before t, each node started
 * from the linear extrapolation of the two nodes before it (when admissible, else the last node itself), then t from
 * the last node the same way (a t on a node, to 1e-12 of the spacing, is that node). Nodes are solved once and shared by every request on their side of the origin. The
 * strategies for a step that fails: the step is split into 2, 4, .., 2^splits equal substeps (continuing from the
 * last good node); a node that still fails is skipped (the next step starts from the last good node), and after
 * {@code maxSkipped} consecutive failed nodes the branch has ended: every further distance on that side is reported
 * with that failure. Not thread-safe; one instance per curve.
 *
 * @param <S> the solution type of the model
 */
public final class Sweep<S> {
    /** The continuation nodes: node(0) is the origin, node(k) increases with k (k &lt; 0 below the origin). */
    @FunctionalInterface
    public interface Lattice {
        double node(int k);

        /** @return origin + k h */
        static Lattice uniform(double origin, double h) {
            if (!(h > 0)) {
                throw new IllegalArgumentException("lattice spacing h = " + h + " must be > 0");
            }
            return k -> origin + k * h;
        }

        /**
         * @return origin r^-k below the origin (k &lt; 0: spacing shrinking with the distance to 0, where the curves
         *         are stiff) and origin + k origin (1 - r) above it
         */
        static Lattice graded(double origin, double r) {
            if (!(r > 0 && r < 1) || !(origin > 0)) {
                throw new IllegalArgumentException("graded lattice: ratio r = " + r + " must be in (0, 1), origin = "
                        + origin + " > 0");
            }
            return k -> k <= 0 ? origin * Math.pow(r, -k) : origin + k * origin * (1 - r);
        }
    }

    /** One model along the curve, seen by the sweep. */
    public interface Model<S> {
        /** Solves at distance t from a start (the unknowns of a neighbouring solution, possibly extrapolated). */
        S solve(double t, double[] start);

        /** @return the unknowns of a solution (a start for its neighbours) */
        double[] unknowns(S solution);

        /** @return whether an extrapolated start lies in the domain (else the last solution is used) */
        boolean admissible(double[] start);
    }

    /**
     * One requested point: the solution, or why there is none.
     *
     * @param t        the requested distance
     * @param solution the solution at t (null if it failed)
     * @param failure  null, or the exception that ended the path to t
     * @param <S>      the solution type
     */
    public record Point<S>(double t, S solution, RuntimeException failure) {
        /** @return whether the point was solved */
        public boolean converged() {
            return failure == null;
        }
    }

    private final Model<S> model;
    private final double origin;
    private final S originSolution;
    private final Lattice lattice;
    private final int splits;
    private final int maxSkipped;
    private final Branch down = new Branch(-1);
    private final Branch up = new Branch(+1);

    /**
     * @param model          the model
     * @param originSolution the solution at the origin, node 0 of the lattice
     * @param lattice        the nodes
     * @param splits         a failed step is retried in 2, .., 2^splits substeps (0: not split)
     * @param maxSkipped     consecutive failed nodes after which a branch has ended (&gt;= 0)
     */
    public Sweep(Model<S> model, S originSolution, Lattice lattice, int splits, int maxSkipped) {
        if (splits < 0 || maxSkipped < 0) {
            throw new IllegalArgumentException("bad sweep: splits = " + splits + ", maxSkipped = " + maxSkipped
                    + " (must be >= 0)");
        }
        this.model = model;
        this.origin = lattice.node(0);
        this.originSolution = originSolution;
        this.lattice = lattice;
        this.splits = splits;
        this.maxSkipped = maxSkipped;
    }

    /** @return the points at the requested distances, in the order given */
    public List<Point<S>> at(double[] ts) {
        List<Point<S>> out = new ArrayList<>(ts.length);
        for (double t : ts) {
            out.add(at(t));
        }
        return out;
    }

    /** @return the point at distance t, reached along the lattice from the origin */
    public Point<S> at(double t) {
        if (t == origin) {
            return new Point<>(t, originSolution, null);
        }
        return (t < origin ? down : up).reach(t);
    }

    /** The nodes on one side of the origin, solved in order and kept. */
    private final class Branch {
        final int dir;
        /** node index k (1, 2, ..) -> solution; absent keys above the last solved one are not yet solved */
        final TreeMap<Integer, S> good = new TreeMap<>();
        int solvedTo;
        int skipped;
        RuntimeException ended;
        int endedAt;

        Branch(int dir) {
            this.dir = dir;
        }

        double node(int k) {
            return lattice.node(dir * k);
        }

        /** Index of the last node strictly before t (0 = the origin); a node within 1e-9 of its spacing of t is t. */
        int lastBefore(double t) {
            int k = 0;
            while (true) {
                double next = node(k + 1);
                double gap = Math.abs(next - node(k));
                if (!(dir * (t - next) > 1e-9 * gap)) {
                    return k;
                }
                k++;
            }
        }

        Point<S> reach(double t) {
            int target = lastBefore(t);
            // a request on a node (to 1e-12 of the spacing) is that node
            boolean onNode = Math.abs(node(target + 1) - t) <= 1e-12 * Math.abs(node(target + 1) - node(target));
            int last = onNode ? target + 1 : target;
            while (solvedTo < last && ended == null) {
                int k = solvedTo + 1;
                try {
                    good.put(k, stepTo(node(k)));
                    skipped = 0;
                } catch (NonConvergenceException | ArithmeticException e) {
                    if (++skipped > maxSkipped) {
                        ended = e;
                        endedAt = k;
                    }
                }
                solvedTo = k;
            }
            if (ended != null && endedAt <= target) {
                // the branch ended at or before the last node on the way to t
                return new Point<>(t, null, ended);
            }
            if (onNode && good.containsKey(last)) {
                return new Point<>(t, good.get(last), null);
            }
            try {
                return new Point<>(t, stepToFrom(t, target), null);
            } catch (NonConvergenceException | ArithmeticException e) {
                return new Point<>(t, null, e);
            }
        }

        /** Solves node d from the last good nodes. */
        S stepTo(double d) {
            return stepToFrom(d, solvedTo);
        }

        /** Solves at d from the last good node with index at most k (and the good node before it). */
        S stepToFrom(double d, int k) {
            Integer k1 = good.floorKey(k);
            int i1 = k1 == null ? 0 : k1;
            Integer k2 = i1 == 0 ? null : good.lowerKey(i1);
            int i2 = i1 == 0 ? -1 : (k2 == null ? 0 : k2);
            S s1 = solutionAt(i1);
            double t1 = node(i1);
            double[] x1 = model.unknowns(s1);
            double[] x2 = i2 < 0 ? null : model.unknowns(solutionAt(i2));
            double t2 = i2 < 0 ? Double.NaN : node(i2);
            RuntimeException first = null;
            for (int n = 1; n <= (1 << splits); n *= 2) {
                try {
                    return walk(t1, x1, t2, x2, d, n);
                } catch (NonConvergenceException | ArithmeticException e) {
                    if (first == null) {
                        first = e;
                    }
                }
            }
            throw first;
        }

        S solutionAt(int k) {
            return k == 0 ? originSolution : good.get(k);
        }
    }

    /** From x1 at t1 (x2 at t2 before it, or null) to d in n equal substeps. */
    private S walk(double t1, double[] x1, double t2, double[] x2, double d, int n) {
        S s = null;
        Predicate<double[]> ok = model::admissible;
        for (int i = 1; i <= n; i++) {
            double ti = i == n ? d : t1 + (d - t1) * i / n;
            double[] start = x2 == null ? x1.clone() : Continuation.extrapolate(x1, t1, x2, t2, ti, ok);
            s = model.solve(ti, start);
            x2 = x1;
            t2 = t1;
            x1 = model.unknowns(s);
            t1 = ti;
        }
        return s;
    }
}
