package org.robustensemble.simulation.bp.engine;

import org.robustensemble.simulation.bp.factor.ExactInputFactor;
import org.robustensemble.simulation.bp.factor.FocusingFactor;
import org.robustensemble.simulation.bp.factor.GaussianInputFactor;
import org.robustensemble.simulation.bp.factor.OutputNode;
import org.robustensemble.simulation.bp.factor.PatternUpdate;
import org.robustensemble.simulation.bp.message.ErrorFunctions;
import org.robustensemble.simulation.bp.message.FieldAlgebra;
import org.robustensemble.simulation.bp.message.MessageAlgebra;
import org.robustensemble.simulation.bp.state.MessageState;

/**
 * The Bethe free entropy and the observables of the current messages (docs/theory.md 4.3), per weight (divided by
 * N K): the sum over factors of ln Z_a (cavity-field weighted) plus the sum over variables of (1 - d_i) ln 2cosh H_i.
 *
 * <p>Without focusing: the free entropy of one system with priors exp(g_j W_j); the Gaussian factor contributes
 * sum_i ln 2cosh h_i + ln H(-sigma mu / sqrt(s2)); a committee adds its theta factors, output node and tau
 * variables. With focusing (gamma, y): the Bethe free entropy of the y-replica system with the traced reference
 * (docs/theory.md 3.2 normalisation) divided by y, phi_RE / y ({@link FocusingFactor#siteTerms}); S, q, q-tilde and
 * sigma_int = f - gamma S (f at gamma = infinity).
 */
public final class BetheObservables {
    private final MessageState st;
    private final FocusingFactor focusing;
    private final ExactInputFactor exact;
    private final PatternUpdate.Scratch w;

    /**
     * The observables at the current messages.
     *
     * @param freeEntropy Bethe free entropy per weight
     * @param s           mean &lt;W Wref&gt; (NaN without focusing)
     * @param q           mean m^2
     * @param qTilde      mean squared reference magnetization (NaN without focusing)
     * @param sigmaInt    f - gamma S (NaN without focusing)
     */
    public record Values(double freeEntropy, double s, double q, double qTilde, double sigmaInt) {
    }

    /**
     * @param st       the state (read only; its messages must be {@link MessageState#encoded() encoded})
     * @param focusing the focusing factor
     * @param exact    the exact input factor, or null (Gaussian)
     */
    public BetheObservables(MessageState st, FocusingFactor focusing, ExactInputFactor exact) {
        this.st = st;
        this.focusing = focusing;
        this.exact = exact;
        this.w = new PatternUpdate.Scratch(st.n, st.k);
    }

    /** @return the observables at the current (encoded) messages */
    public Values compute() {
        final MessageAlgebra alg = st.alg;
        final int nw = st.nw;
        final boolean focusingOn = focusing.on();
        final double gamma = focusing.gamma();
        double sum = 0;
        for (int mu = 0; mu < st.m; mu++) {
            sum += patternTerm(mu);
        }
        int d = st.m + (focusingOn ? 1 : 0);
        double q = 0;
        double sSum = 0;
        double qt = 0;
        double p = ErrorFunctions.tanh(gamma);
        double[] site = new double[3];
        for (int j = 0; j < nw; j++) {
            double hTot = alg.toField(st.total[j]);
            sum += (1 - d) * ErrorFunctions.lnTwoCosh(hTot);
            double mg = alg.toMagnetization(st.total[j]);
            q += mg * mg;
            if (focusingOn) {
                double a = alg.toField(alg.cavity(st.total[j], st.foc[j]));
                focusing.siteTerms(a, p, site);
                sum += site[0];
                sSum += site[1];
                qt += site[2];
            }
        }
        double f = sum / nw;
        double s = focusingOn ? sSum / nw : Double.NaN;
        double sigmaInt = focusingOn ? (gamma == Double.POSITIVE_INFINITY ? f : f - gamma * s) : Double.NaN;
        return new Values(f, s, q / nw, focusingOn ? qt / nw : Double.NaN, sigmaInt);
    }

    private double patternTerm(int mu) {
        final MessageAlgebra alg = st.alg;
        final int n = st.n;
        final int k = st.k;
        final double[] mag = w.magnetizations();
        final double[] mus = w.means();
        final double[] s2 = w.variances();
        final double[] mt = w.taus();
        final double[] hout = w.outputs();
        int xoff = mu * n;
        int base = mu * st.nw;
        double sum = 0;
        for (int h = 0; h < k; h++) {
            int tb = h * n;
            double s = 0;
            double v = 0;
            for (int i = 0; i < n; i++) {
                double c = alg.cavity(st.total[tb + i], st.u[base + tb + i]);
                double mg = alg.toMagnetization(c);
                mag[tb + i] = mg;
                sum += ErrorFunctions.lnTwoCosh(alg.toField(c));
                s += st.xi[xoff + i] * mg;
                v += 1 - mg * mg;
            }
            mus[h] = s;
            s2[h] = Math.max(v, GaussianInputFactor.S2_FLOOR);
        }
        if (k == 1) {
            int sg = st.sigma[mu];
            if (exact != null) {
                double t = exact.tau(mag, 0, xoff);
                return sum + Math.log((1 + sg * t) / 2);
            }
            return sum + ErrorFunctions.lnH(-sg * mus[0] / Math.sqrt(s2[0]));
        }
        for (int h = 0; h < k; h++) {
            mt[h] = exact != null ? exact.tau(mag, h * n, xoff) : GaussianInputFactor.tau(mus[h], s2[h]);
        }
        OutputNode.outputFields(mt, k, st.sigma[mu], hout);
        for (int h = 0; h < k; h++) {
            double g = alg.toField(alg.fromField(hout[h]));
            double lpos;
            double lneg;
            if (exact != null) {
                lpos = Math.log((1 + mt[h]) / 2);
                lneg = Math.log((1 - mt[h]) / 2);
            } else {
                double z = mus[h] / Math.sqrt(s2[h]);
                lpos = ErrorFunctions.lnH(-z);
                lneg = ErrorFunctions.lnH(z);
            }
            sum += FieldAlgebra.logSumExp(g + lpos, -g + lneg);
            double t = 0.5 * Math.log((1 + mt[h]) / (1 - mt[h]));
            t = Math.max(-700, Math.min(700, t));
            sum += ErrorFunctions.lnTwoCosh(t) - ErrorFunctions.lnTwoCosh(g + t);
        }
        sum += OutputNode.lnOutputProbability(mt, k, st.sigma[mu]);
        return sum;
    }
}
