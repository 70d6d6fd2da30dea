package org.robustensemble.analytic.reference;

import org.robustensemble.analytic.ensemble.RobustEnsembleSolution;
import org.robustensemble.analytic.gauss.GaussianFunctions;

/**
 * Averages over the group-tilted measures of a finite-y RS saddle point of the robust ensemble (docs/theory.md 3.2, zero
 * margin, beta = infinity), on uniform grids that follow the peaks (shared by {@link ReferenceConstraintCost} and
 * {@link InnerReplicon}).
 *
 * <p>Entropic side: given the common field z0, the reference spin s and the group field z1 have the weight
 * Dz1 [2cosh(h + s gamma)]^y, h = sqrt(qh0) z0 + sqrt(qh1 - qh0) z1; a replica's magnetization is t = tanh(h + s gamma).
 * The z1 window |z1| &lt;= y sqrt(qh1 - qh0) + 14 holds the peak; the z0 average uses a uniform grid on [0, 9] (the
 * averages below are even in z0; the magnetizations switch sign over a width ~ 1/y, which a Gauss-Hermite rule would
 * not resolve).
 *
 * <p>Energetic side: given the common field g = sqrt(q0) z0, the group variable x has the weight
 * Dx H(-(g + sqrt(q1 - q0) x)/sqrt(1 - q1))^y; its peak is found by a coarse scan and the window of +-12 around it is
 * resolved with steps of 0.005.
 */
final class GroupMeasures {
    static final int Z0_POINTS = 1501;
    static final double Z0_MAX = 9;
    static final int Z1_POINTS = 4001;
    static final double X_STEP = 0.005;
    static final double X_HALF_WINDOW = 12;
    static final int X_POINTS = (int) Math.round(2 * X_HALF_WINDOW / X_STEP) + 1;
    private static final double X_COARSE_STEP = 0.05;

    private GroupMeasures() {
    }

    /** @throws IllegalArgumentException unless s is a finite-y RS saddle point with q1 &gt; q0 and qh1 &gt;= qh0 &gt;= 0 */
    static void check(RobustEnsembleSolution s) {
        double y = s.y();
        if (!(y >= 1) || !Double.isFinite(y) || !(s.qHat0() >= 0) || !(s.qHat1() >= s.qHat0()) || !(s.q1() > s.q0())) {
            throw new IllegalArgumentException("not a finite-y RS saddle point with q1 > q0, qh1 >= qh0 >= 0: " + s);
        }
    }

    /**
     * Site averages: Qt = E m~^2 (m~ the reference's magnetization given z0), p0 = E m~ m, S = E[s t], q0 = E m^2,
     * q1 = E[t^2], and E[(1 - t^2)^2] (m the replicas' magnetization given z0).
     *
     * @return {Qt, p0, S, q0, q1, E(1 - t^2)^2}
     */
    static double[] site(double y, double gamma, double qh0, double dqh) {
        double c = Math.sqrt(dqh);
        double half = y * c + 14;
        double dz1 = 2 * half / (Z1_POINTS - 1);
        double dz0 = Z0_MAX / (Z0_POINTS - 1);
        double[] lw = new double[2 * Z1_POINTS];
        double[] t = new double[2 * Z1_POINTS];
        double[] acc = new double[7];
        for (int k = 0; k < Z0_POINTS; k++) {
            double z0 = k * dz0;
            double w0 = Math.exp(-z0 * z0 / 2) * (k == 0 || k == Z0_POINTS - 1 ? 0.5 : 1);
            double v = Math.sqrt(qh0) * z0;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < Z1_POINTS; j++) {
                double z1 = -half + j * dz1;
                for (int si = 0; si < 2; si++) {
                    double h = v + c * z1 + (si == 0 ? gamma : -gamma);
                    int idx = si * Z1_POINTS + j;
                    lw[idx] = -z1 * z1 / 2 + y * GaussianFunctions.lnTwoCosh(h);
                    t[idx] = GaussianFunctions.tanh(h);
                    max = Math.max(max, lw[idx]);
                }
            }
            double z = 0;
            double mRef = 0;
            double m = 0;
            double tt = 0;
            double st = 0;
            double curv = 0;
            for (int idx = 0; idx < 2 * Z1_POINTS; idx++) {
                double e = Math.exp(lw[idx] - max);
                double sgn = idx < Z1_POINTS ? 1 : -1;
                double ti = t[idx];
                double one = 1 - ti * ti;
                z += e;
                mRef += sgn * e;
                m += e * ti;
                tt += e * ti * ti;
                st += sgn * e * ti;
                curv += e * one * one;
            }
            mRef /= z;
            m /= z;
            acc[0] += w0;
            acc[1] += w0 * mRef * mRef;
            acc[2] += w0 * mRef * m;
            acc[3] += w0 * st / z;
            acc[4] += w0 * m * m;
            acc[5] += w0 * tt / z;
            acc[6] += w0 * curv / z;
        }
        return new double[] {acc[1] / acc[0], acc[2] / acc[0], acc[3] / acc[0], acc[4] / acc[0], acc[5] / acc[0],
                acc[6] / acc[0]};
    }

    /**
     * Fills {@code xs} ({@value #X_POINTS} points) with the window of the group variable x around the peak of
     * -x^2/2 + y ln H(-(g + c x)/sd), and {@code lb} with that log-weight.
     *
     * @return the largest log-weight on the window
     */
    static double groupWindow(double g, double y, double c, double sd, double[] xs, double[] lb) {
        double lo = -14;
        double hi = Math.max(14, (Math.abs(g) + 8 * sd) / c + 14);
        double peak = lo;
        double best = Double.NEGATIVE_INFINITY;
        for (double x = lo; x <= hi; x += X_COARSE_STEP) {
            double f = -x * x / 2 + y * GaussianFunctions.lnH(-(g + c * x) / sd);
            if (f > best) {
                best = f;
                peak = x;
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < X_POINTS; j++) {
            double x = peak - X_HALF_WINDOW + j * X_STEP;
            xs[j] = x;
            lb[j] = -x * x / 2 + y * GaussianFunctions.lnH(-(g + c * x) / sd);
            max = Math.max(max, lb[j]);
        }
        return max;
    }
}
