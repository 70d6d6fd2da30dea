package org.robustensemble.simulation.bp.factor;

import org.robustensemble.simulation.bp.message.ErrorFunctions;
import org.robustensemble.simulation.bp.message.MessageAlgebra;
import org.robustensemble.simulation.bp.state.MessageState;

/**
 * The focusing factor of fBP (docs/theory.md 4.3; Baldassi et al. PNAS 2016): on each weight, the traced reference of
 * y replicas coupled by exp(gamma W Wref), whose message is p tanh((y - 1) atanh(p m_cav)), p = tanh(gamma)
 * ({@link MessageAlgebra#focusing}). Holds (gamma, y) and whether focusing is on; {@link #refresh} recomputes
 * every focusing message from the current beliefs; {@link #siteTerms} gives a weight's contribution to the Bethe
 * free entropy and to S and q-tilde.
 */
public final class FocusingFactor {
    private double gamma = 0;
    private double y = 1;
    private boolean on;

    /** Turns focusing on with coupling gamma (>= 0, may be infinite) and y replicas (>= 1, may be infinite). */
    public void set(double gamma, double y) {
        if (!(gamma >= 0)) {
            throw new IllegalArgumentException("gamma = " + gamma + " must be >= 0");
        }
        if (!(y >= 1)) {
            throw new IllegalArgumentException("y = " + y + " must be >= 1");
        }
        this.gamma = gamma;
        this.y = y;
        this.on = true;
    }

    /** @return whether focusing is on */
    public boolean on() {
        return on;
    }

    /** @return the coupling gamma */
    public double gamma() {
        return gamma;
    }

    /** @return the number of replicas y */
    public double y() {
        return y;
    }

    /** Recomputes every focusing message from the current beliefs (and the beliefs with them); no-op when off. */
    public void refresh(MessageState st) {
        if (!on) {
            return;
        }
        MessageAlgebra alg = st.alg;
        double[] total = st.total;
        double[] foc = st.foc;
        for (int j = 0; j < st.nw; j++) {
            double c = alg.cavity(total[j], foc[j]);
            double f = alg.focusing(c, gamma, y);
            foc[j] = f;
            total[j] = alg.combine(c, f);
        }
    }

    /**
     * One weight's focusing terms (docs/theory.md 3.2 normalisation, per replica; for gamma = infinity the coupling is
     * exp(gamma (W Wref - 1))): out[0] the coupling's Bethe term, out[1] &lt;W Wref&gt;, out[2] the squared reference
     * magnetization.
     *
     * @param a the cavity field of the weight (all messages but the focusing one)
     * @param p tanh(gamma)
     */
    public void siteTerms(double a, double p, double[] out) {
        double v = ErrorFunctions.atanhTanhProduct(gamma, a);
        double sv = v >= 0 ? 1.0 : -1.0;
        double cterm;
        double sj;
        double qj;
        if (y == Double.POSITIVE_INFINITY) {
            double z = gamma == Double.POSITIVE_INFINITY ? Double.POSITIVE_INFINITY : gamma + a * sv;
            cterm = gamma == Double.POSITIVE_INFINITY ? a * sv : ErrorFunctions.lnTwoCosh(z);
            sj = ErrorFunctions.tanh(z);
            qj = v == 0 ? 0.0 : 1.0;
        } else {
            double bb = (y - 1) * v;
            double lzc;
            double lp = ErrorFunctions.lnTwoCosh(a + bb);
            if (gamma == Double.POSITIVE_INFINITY) {
                lzc = lp;
            } else {
                lzc = gamma + lp + Math.log(1 + Math.exp(-2 * gamma + ErrorFunctions.lnTwoCosh(a - bb) - lp));
            }
            cterm = lzc + (1 / y - 1) * ErrorFunctions.lnTwoCosh(y * v);
            double ta = ErrorFunctions.tanh(a);
            double tb = ErrorFunctions.tanh(bb);
            sj = (p + ta * tb) / (1 + p * ta * tb);
            double tq = ErrorFunctions.tanh(y * v);
            qj = tq * tq;
        }
        out[0] = cterm;
        out[1] = sj;
        out[2] = qj;
    }
}
