package org.robustensemble.analytic.gauss;

/**
 * Resolution of the numerical integrals of the free entropies.
 *
 * @param hermiteNodes Gauss-Hermite nodes for smooth outer expectations (Gardner)
 * @param panelScale   outer composite Gauss-Legendre panels are this fraction of the integrand's natural
 *                     length scale (smaller = more nodes)
 * @param order        Gauss-Legendre points per outer panel
 * @param kappa        inner peak-following panels, in local standard deviations ({@code PeakQuadrature})
 * @param innerOrder   Gauss-Legendre points per inner panel
 */
public record Quadrature(int hermiteNodes, double panelScale, int order, double kappa, int innerOrder) {

    public Quadrature {
        if (hermiteNodes < 8 || hermiteNodes > 1000) {
            throw new IllegalArgumentException("hermiteNodes = " + hermiteNodes + " must be in [8, 1000]");
        }
        if (!(panelScale > 0 && panelScale <= 2) || order < 2 || order > 64 || !(kappa > 0 && kappa <= 4)
                || innerOrder < 2 || innerOrder > 64) {
            throw new IllegalArgumentException("bad quadrature: panelScale=" + panelScale + ", order=" + order + ", kappa="
                    + kappa + ", innerOrder=" + innerOrder);
        }
    }

    /** The default resolution: results are converged to about 1e-10 (see the doubling tests). */
    public static Quadrature defaults() {
        return new Quadrature(160, 1.0, 8, 2.0, 12);
    }

    /** @return the same rule with (about) twice the nodes everywhere: the convergence check */
    public Quadrature doubled() {
        return new Quadrature(2 * hermiteNodes, panelScale / 2, order, kappa / 2, innerOrder);
    }
}
