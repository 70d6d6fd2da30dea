package org.robustensemble.analytic.model;

import org.robustensemble.analytic.gauss.GaussianRule;

/**
 * The energetic term of the y = infinity robust ensemble (docs/theory.md 3.3) and the sums its stationarity conditions
 * need, at (q0, delta) with c = sqrt(1 - q0), k = delta/c^2 and w0 = (sqrt(q0) z0 - kappa)/c:
 * E_z0 [R^2], E_z0 [R z0], E_z0 [R w_*] and E_z0 max_w [ln H_beta(-w) - (w - w0)^2/(2k)], R = R_beta(w_*)
 * ({@link PatternFactor}). At finite beta the maximiser can jump (two local maxima,
 * {@link InnerMaxima.EnergeticMaxima}); the z0 rule is then split at the jump. Shared by the binary and the
 * multi-state y = infinity solvers (for weight sets, q0 and delta are the normalised q0/Q and delta/Q).
 * Not thread-safe (one per evaluation context).
 */
public final class LimitEnergetic {
    private static final double ZMAX = 10.0;
    private final PatternFactor factor;
    private final GaussianRule rule;
    private final double scaleE;
    private final int order;
    private final double[] ratio = new double[1];
    private final double[] two = new double[2];
    public double eR2;
    public double eRz;
    public double eRw;
    public double eMe;

    public LimitEnergetic(PatternFactor factor, GaussianRule rule, double scaleE, int order) {
        this.factor = factor;
        this.rule = rule;
        this.scaleE = scaleE;
        this.order = order;
    }

    /** Fills the sums at (q0, delta). */
    public void evaluate(double q0, double delta) {
        eR2 = eRz = eRw = eMe = 0;
        double c = Math.sqrt(1 - q0);
        double sq0 = Math.sqrt(q0);
        double k = delta / (c * c);
        if (factor.zeroTemperature()) {
            add(rule, sq0, c, k, null);
            return;
        }
        InnerMaxima.EnergeticMaxima em = new InnerMaxima.EnergeticMaxima(factor, k);
        double zJump = (c * em.jump() + factor.kappa()) / sq0;
        if (zJump > -ZMAX + 1e-3 && zJump < ZMAX - 1e-3) {
            // the global maximiser jumps at zJump: integrate each smooth side with its own panels
            add(GaussianRule.panels(-ZMAX, zJump, scaleE, order), sq0, c, k, em);
            add(GaussianRule.panels(zJump, ZMAX, scaleE, order), sq0, c, k, em);
        } else {
            add(rule, sq0, c, k, em);
        }
    }

    /** Adds the energetic sums over {@code r} (em == null: beta = infinity, one concave maximum). */
    private void add(GaussianRule r, double sq0, double c, double k, InnerMaxima.EnergeticMaxima em) {
        double kappa = factor.kappa();
        for (int i = 0; i < r.size(); i++) {
            double z0 = r.node(i);
            double w = r.weight(i);
            double w0 = (sq0 * z0 - kappa) / c;
            double ws = em == null ? InnerMaxima.millsRoot(w0, k) : em.globalMax(w0, two);
            double lh = factor.lnHWithRatio(-ws, ratio);
            double rr = ratio[0];
            eR2 += w * rr * rr;
            eRz += w * rr * z0;
            eRw += w * rr * ws;
            eMe += w * (lh - 0.5 * k * rr * rr);
        }
    }
}
