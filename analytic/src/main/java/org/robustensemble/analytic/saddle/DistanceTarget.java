package org.robustensemble.analytic.saddle;

/**
 * The stationarity conditions of a robust-ensemble free entropy augmented by gamma as an unknown and the
 * condition S(x; gamma) = 1 - 2 d: solving it gives the coupling gamma at which the replicas sit at distance d
 * from the reference (docs/theory.md 3.2-3.3, "solve for the gamma that gives each d").
 */
public final class DistanceTarget implements StationaryProblem {
    /** A family of fixed-gamma problems. */
    public interface Family {
        OverlapProblem at(double gamma, double[] near);
    }

    /** Checks that a distance to the reference lies in (0, 1/2), the domain of every local-entropy curve. */
    public static void checkDistance(double d) {
        if (!(d > 0 && d < 0.5)) {
            throw new IllegalArgumentException("d = " + d + " must be in (0, 1/2)");
        }
    }

    /** {@link #checkDistance} for each of {@code ds}. */
    public static void checkDistances(double[] ds) {
        for (double d : ds) {
            checkDistance(d);
        }
    }

    private final Family family;
    private final double sTarget;
    private final int n;
    private final double[] inner;
    private final double[] near;
    private final double[] f;
    private OverlapProblem cached;
    private double cachedGamma = Double.NaN;

    /**
     * @param near the starting point: quadrature rules are chosen from it once, so that the discretised equations
     *             do not change between Newton trial points
     */
    public DistanceTarget(Family family, int n, double d, double[] near) {
        this.family = family;
        this.near = java.util.Arrays.copyOf(near, n);
        this.n = n;
        this.sTarget = 1 - 2 * d;
        this.inner = new double[n];
        this.f = new double[n];
    }

    @Override
    public int dimension() {
        return n + 1;
    }

    private OverlapProblem at(double gamma) {
        if (cached == null || gamma != cachedGamma) {
            cached = family.at(gamma, near);
            cachedGamma = gamma;
        }
        return cached;
    }

    @Override
    public void residual(double[] x, double[] out) {
        System.arraycopy(x, 0, inner, 0, n);
        OverlapProblem p = at(x[n]);
        p.residual(inner, f);
        System.arraycopy(f, 0, out, 0, n);
        out[n] = p.lastOverlap() - sTarget;
    }

    @Override
    public boolean admissible(double[] x) {
        if (!(x[n] >= 0) || !Double.isFinite(x[n])) {
            return false;
        }
        System.arraycopy(x, 0, inner, 0, n);
        return at(x[n]).admissible(inner);
    }

    @Override
    public boolean hasFixedPointForm() {
        return false;
    }

    @Override
    public double scale(double[] x, int i) {
        if (i == n) {
            return Math.max(0.1, Math.abs(x[n]));
        }
        System.arraycopy(x, 0, inner, 0, n);
        return at(x[n]).scale(inner, i);
    }
}
