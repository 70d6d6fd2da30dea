package org.robustensemble.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.robustensemble.analytic.curve.DenseRegionCurve;

import org.robustensemble.analytic.gauss.GaussianFunctions;
import org.robustensemble.simulation.bp.BpParameters;
import org.robustensemble.simulation.bp.FocusingBp;
import org.robustensemble.simulation.bp.LocalEntropyProbe;
import org.robustensemble.simulation.bp.Protocol;
import org.robustensemble.simulation.instance.Instance;

/**
 * Theory vs measurement of the local entropy (docs/theory.md 3.3 and 4.4): a solution found by focusing BP on a
 * random instance is probed with BP under an external field gamma Wref; the measured S_loc(d) is compared with
 * the dense-region curves of the analytic module at y = y_low and y = infinity, and the same probe around the
 * planted teacher of a teacher-student instance (a typical solution) gives the isolated-solution contrast.
 *
 * <p>The prediction is a band, not a line: y = infinity describes the densest regions, an algorithm's solution
 * sits in a dense but not necessarily the densest region, so S_loc(d) should lie between the finite-y curve and
 * the y = infinity curve (up to finite-size error). Measured at N = 1001, alpha = 0.4 (seed 7) it lies 0.0015 -
 * 0.009 below y = infinity and 0.01 - 0.017 above y = 8; around the teacher it falls far below (0.049 vs 0.084 at
 * d = 0.018) and BP collapses onto the reference (d = 0) from gamma = 1.6 on.
 */
public final class LocalEntropyValidation {

    /**
     * One compared distance.
     *
     * @param gamma    probe field
     * @param d        measured distance
     * @param measured S_loc(d) around the fBP solution
     * @param theoryLow dense-region S_I(d) at y = yLow
     * @param theoryInf dense-region S_I(d) at y = infinity (NaN where the y = inf solver does not reach)
     * @param h2       H2(d)
     * @param inBand   theoryLow - tol &lt;= measured &lt;= theoryInf + tol (and &lt;= H2)
     */
    public record Row(double gamma, double d, double measured, double theoryLow, double theoryInf, double h2,
            boolean inBand) {
    }

    /**
     * @param rows           the compared distances (fBP solution)
     * @param teacherD       distances measured around the teacher
     * @param teacherLocal   local entropies around the teacher
     * @param solved         whether fBP solved the instance
     */
    public record Report(List<Row> rows, double[] teacherD, double[] teacherLocal, boolean solved) {
        /** @return whether every row is in the band */
        public boolean allInBand() {
            return rows.stream().allMatch(Row::inBand);
        }
    }

    private LocalEntropyValidation() {
    }

    /**
     * Runs the comparison.
     *
     * @param n      inputs (odd)
     * @param alpha  load
     * @param seed   instance and BP seed
     * @param yLow   lower-band replica number (e.g. 8)
     * @param tol    finite-size tolerance of the band
     */
    public static Report run(int n, double alpha, long seed, double yLow, double tol) {
        Instance inst = Instance.random(n, 1, alpha, false, seed);
        BpParameters par = BpParameters.defaults().withDamping(0.5);
        FocusingBp.Result res = FocusingBp.run(inst, Protocol.pseudoReinforcement(101), par, seed, null, false, false, null);
        if (!res.solved()) {
            return new Report(List.of(), new double[0], new double[0], false);
        }
        double[] gammas = new double[16];
        for (int i = 0; i < gammas.length; i++) {
            gammas[i] = 3.0 - 0.2 * i; // 3.0 down to 0.0
        }
        BpParameters probe = par.withEpsilon(1e-5);
        List<LocalEntropyProbe.Point> pts = LocalEntropyProbe.run(inst, res.weights(), gammas, probe, seed);
        List<LocalEntropyProbe.Point> usable = new ArrayList<>();
        for (LocalEntropyProbe.Point p : pts) {
            if (p.converged() && p.d() > 0.025 && p.d() < 0.2) {
                usable.add(p);
            }
        }
        double[] ds = usable.stream().mapToDouble(LocalEntropyProbe.Point::d).toArray();
        DenseRegionCurve curve = new DenseRegionCurve();
        List<DenseRegionCurve.Point> low = curve.compute(alpha, yLow, ds);
        List<DenseRegionCurve.Point> inf = curve.compute(alpha, Double.POSITIVE_INFINITY, ds);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < ds.length; i++) {
            LocalEntropyProbe.Point p = usable.get(i);
            double h2 = GaussianFunctions.binaryEntropy(p.d());
            double lo = low.get(i).localEntropy();
            double hi = inf.get(i).localEntropy();
            boolean ok = p.localEntropy() >= lo - tol && p.localEntropy() <= hi + tol && p.localEntropy() <= h2 + tol;
            rows.add(new Row(p.gamma(), p.d(), p.localEntropy(), lo, hi, h2, ok));
        }
        Instance teacherInst = Instance.random(n, 1, alpha, true, seed);
        double[] up = Arrays.stream(gammas).sorted().toArray();
        List<LocalEntropyProbe.Point> tp = LocalEntropyProbe.run(teacherInst, teacherInst.teacher(), up, probe, seed);
        return new Report(rows, tp.stream().mapToDouble(LocalEntropyProbe.Point::d).toArray(),
                tp.stream().mapToDouble(LocalEntropyProbe.Point::localEntropy).toArray(), true);
    }
}
