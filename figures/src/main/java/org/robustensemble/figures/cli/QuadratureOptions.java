package org.robustensemble.figures.cli;

import org.robustensemble.analytic.gauss.Quadrature;
import picocli.CommandLine.Option;

/** Mixin: the numerical resolution of the theory commands. */
public final class QuadratureOptions {
    @Option(names = "--resolution", defaultValue = "1", paramLabel = "R",
            description = "Quadrature refinement: 1 = default (converged to ~1e-10), 2 = twice the nodes (a convergence check), 4, ...")
    int resolution;

    /** @return the quadrature at the requested resolution */
    public Quadrature quadrature() {
        if (resolution != 1 && resolution != 2 && resolution != 4 && resolution != 8) {
            throw new IllegalArgumentException("--resolution " + resolution + " is out of range: must be 1, 2, 4 or 8");
        }
        Quadrature q = Quadrature.defaults();
        for (int r = resolution; r > 1; r /= 2) {
            q = q.doubled();
        }
        return q;
    }

    /**
     * Adds the resolution to the provenance lines. The width of the inner peak-following panels, in local standard
     * deviations (the quadrature record's {@code kappa}), is written {@code inner_panel_sd}: it is not the margin
     * ({@code # kappa=}).
     */
    public void describe(CsvTable t) {
        Quadrature q = quadrature();
        t.meta("quadrature", "hermite_nodes=" + q.hermiteNodes() + " panel_scale=" + q.panelScale() + " order="
                + q.order() + " inner_panel_sd=" + q.kappa() + " inner_order=" + q.innerOrder());
    }
}
