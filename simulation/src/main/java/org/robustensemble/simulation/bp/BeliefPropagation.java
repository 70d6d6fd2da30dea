package org.robustensemble.simulation.bp;

import java.util.SplittableRandom;

import org.robustensemble.simulation.SimulationFailure;
import org.robustensemble.simulation.bp.engine.BetheObservables;
import org.robustensemble.simulation.bp.engine.Sweeper;
import org.robustensemble.simulation.bp.factor.FocusingFactor;
import org.robustensemble.simulation.bp.factor.PatternUpdate;
import org.robustensemble.simulation.bp.factor.PerceptronKernel;
import org.robustensemble.simulation.bp.message.MessageAlgebra;
import org.robustensemble.simulation.bp.state.MessageState;
import org.robustensemble.simulation.instance.Instance;
import org.robustensemble.simulation.random.RandomStreams;

/**
 * Belief propagation for the binary perceptron (K = 1) and the fully connected committee machine (K odd) on one
 * instance (docs/theory.md section 4.3), with per-weight external fields and an optional focusing factor.
 *
 * <p>Factor graph per pattern mu: K perceptron ("theta") factors, each linking the N weights of a hidden unit to
 * its output tau_k, and (K > 1) one output factor sign(sum_k tau_k) = sigma^mu. Input-layer messages use the
 * Gaussian ("accurate") update {@link MessageAlgebra#erfMessage}; the output factor is updated exactly by
 * convolving the K - 1 other tau's. Each weight also carries an external field (prior exp(g W)) and, when
 * focusing is on, the focusing message of {@link MessageAlgebra#focusing} standing for the other y - 1
 * replicas coupled through a traced reference with exp(gamma W Wref).
 *
 * <p>This class is the facade over the parts, one per role: the messages and beliefs
 * ({@link MessageState}), the factor updates ({@code bp.factor}: {@link PerceptronKernel} for the perceptron with
 * the Gaussian factor, {@link PatternUpdate} for committees and the exact input factor, {@link FocusingFactor}),
 * the sweep order and threads ({@link Sweeper}) and the Bethe observables ({@link BetheObservables}).
 *
 * <p>A sweep visits the patterns in a fresh random permutation drawn from its own
 * {@link RandomStreams.Stream#UPDATE_ORDER} stream, then refreshes the focusing messages. With block size B > 1
 * the permutation is cut into blocks of B patterns whose messages are all computed from the same beliefs
 * (spread over the worker threads), after which every belief is updated by an ordered reduction over the block:
 * the result depends on B but never on the number of threads. Convergence: the largest change of an input-layer
 * message (as a magnetization) in a sweep is below epsilon. A non-finite belief stops the run with a
 * {@link SimulationFailure} naming the sweep and the weight.
 *
 * <p>Not thread-safe; {@link #close()} releases the worker threads.
 */
public final class BeliefPropagation implements AutoCloseable {
    private final Instance instance;
    private final BpParameters par;
    private final MessageState st;
    private final FocusingFactor focusing = new FocusingFactor();
    private final Sweeper sweeper;
    private final BetheObservables bethe;

    /**
     * Creates BP on an instance with input-layer messages drawn uniformly in +-initRange (as magnetizations) from
     * the {@link RandomStreams.Stream#INITIAL_STATE} stream of {@code seed}; no external fields, no focusing. For a
     * committee (K > 1) the same stream then draws the fixed symmetry-breaking prior fields
     * ({@link BpParameters#symmetryBreaking()}).
     */
    public BeliefPropagation(Instance instance, BpParameters par, long seed) {
        this.instance = instance;
        this.par = par;
        int n = instance.n();
        int k = instance.k();
        if (par.exactInput() && n > 200) {
            throw new IllegalArgumentException("the exact input factor is O(N^3) per pattern: n = " + n + " must be <= 200");
        }
        st = new MessageState(instance, par.representation().algebra());
        PerceptronKernel kernel = k == 1 && !par.exactInput()
                ? new PerceptronKernel(n, st.m, st.xi, st.sigma, par.representation()) : null;
        RandomStreams streams = new RandomStreams(seed);
        SplittableRandom init = streams.stream(RandomStreams.Stream.INITIAL_STATE);
        st.initialise(init, par.initRange(), kernel != null && kernel.ratioMessages());
        double sb = par.symmetryBreaking();
        if (k > 1 && sb > 0) {
            // drawn after the initial messages, so the perceptron's and the sb = 0 streams are unchanged
            st.drawPrior(init, sb);
        }
        PatternUpdate generic = new PatternUpdate(st, par.exactInput());
        sweeper = new Sweeper(st, focusing, generic, kernel, streams.stream(RandomStreams.Stream.UPDATE_ORDER),
                par.block(), par.threads(), par.damping());
        bethe = new BetheObservables(st, focusing, generic.exactInput());
    }

    /**
     * The heap one BP needs on an instance of this shape, in bytes (array payloads; the instance itself and saved
     * messages not included): the M N K input-layer messages (8 bytes each) dominate, plus the pattern signs (one
     * byte per M N, twice for the perceptron kernel), the tau messages, the per-weight arrays and the per-thread
     * scratch.
     *
     * @param m patterns (a long: sizes beyond an int are estimated, not overflowed)
     * @return the bytes, {@link Long#MAX_VALUE} if they exceed it
     */
    public static long bytesNeeded(int n, int k, long m, BpParameters par) {
        double nw = (double) n * k;
        boolean kernel = k == 1 && !par.exactInput();
        int threads = par.block() == 1 ? (kernel ? Math.min(par.threads(), 2) : 1)
                : Math.max(1, Math.min(par.threads(), par.block()));
        double scratch = 8 * (2 * nw + 4.0 * k) + (k == 1 ? 7 * 8.0 * n : 0);
        double bytes = 8 * m * nw + (double) m * n * (kernel ? 2 : 1) + m + 16.0 * m * k + 4 * 8 * nw
                + (kernel ? 8.0 * n : 0) + 4.0 * m + (threads + 1) * scratch + (par.block() > 1 ? 8.0 * par.block() * nw : 0);
        return bytes >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) Math.ceil(bytes);
    }

    /** Switches the specialised perceptron kernel off (tests compare it with the generic path). */
    void useGenericUpdates() {
        sweeper.useGenericUpdates();
    }

    /** @return the instance */
    public Instance instance() {
        return instance;
    }

    /** @return the parameters */
    public BpParameters parameters() {
        return par;
    }

    /** @return the message algebra in use */
    public MessageAlgebra algebra() {
        return st.alg;
    }

    /** @return sweeps done so far */
    public long sweeps() {
        return sweeper.sweeps();
    }

    /**
     * Sets the external field (prior exp(g_j W_j)) on every weight; beliefs are updated, messages kept.
     *
     * @param fields g_j (length N K, finite)
     */
    public void setExternalFields(double[] fields) {
        st.setExternalFields(fields);
    }

    /**
     * Turns the focusing factor on with coupling gamma (>= 0, may be infinite) and y replicas (>= 1, may be
     * infinite), and refreshes the focusing messages from the current beliefs.
     */
    public void setFocusing(double gamma, double y) {
        focusing.set(gamma, y);
        focusing.refresh(st);
    }

    /** @return the current focusing coupling gamma */
    public double gamma() {
        return focusing.gamma();
    }

    /** @return the current number of replicas y */
    public double y() {
        return focusing.y();
    }

    /** Result of {@link #converge()}. */
    public record Convergence(boolean converged, int sweeps, double residual) {
    }

    /** Sweeps until the largest message change is below epsilon or maxIters sweeps were done. */
    public Convergence converge() {
        return converge(par.maxIters());
    }

    /**
     * Sweeps until the largest message change is below epsilon or {@code maxSweeps} sweeps were done.
     *
     * @param maxSweeps the sweep limit of this call (>= 1; e.g. maxIters or what is left of a total budget)
     */
    public Convergence converge(int maxSweeps) {
        if (maxSweeps < 1) {
            throw new IllegalArgumentException("max sweeps = " + maxSweeps + " must be >= 1");
        }
        double d = Double.NaN;
        for (int it = 1; it <= maxSweeps; it++) {
            d = sweep();
            if (d < par.epsilon()) {
                return new Convergence(true, it, d);
            }
        }
        return new Convergence(false, maxSweeps, d);
    }

    /**
     * One sweep over all patterns in a fresh random order, then a refresh of the focusing messages.
     *
     * @return the largest change of an input-layer message (magnetization)
     * @throws SimulationFailure if a belief becomes non-finite
     */
    public double sweep() {
        return sweeper.sweep();
    }

    /** @return the current belief (magnetization) of every weight, length N K */
    public double[] magnetizations() {
        return st.magnetizations();
    }

    /** @return sign of every belief (+1 on ties), length N K */
    public byte[] signs() {
        return st.signs();
    }

    /** @return training errors of sign(m) */
    public int errors() {
        return instance.errors(signs());
    }

    /**
     * The Bethe free entropy per weight (natural log, divided by N K).
     *
     * <p>Without focusing: the free entropy of one system with priors exp(g_j W_j),
     * (1/NK) [sum_factors ln Z_a + sum_j (1 - d_j) ln 2cosh H_j], where Z_a is the factor's sum weighted by
     * the cavity fields exp(h W) and H_j the total field (Gaussian factor: ln Z_theta = sum_i ln 2cosh h_i +
     * ln H(-sigma mu / sqrt(s2))). With focusing (gamma, y): the Bethe free entropy of the y-replica system
     * with the traced reference (docs/theory.md 3.2 normalization) divided by y, i.e. the free entropy per replica
     * phi_RE / y; for gamma = infinity the coupling is normalised as exp(gamma (W Wref - 1)) so that it is
     * finite.
     */
    public double freeEntropy() {
        return analyze().freeEntropy();
    }

    /** Observables at the current messages (docs/theory.md 4.3). */
    public Observables analyze() {
        st.encoded();
        BetheObservables.Values v = bethe.compute();
        return new Observables(v.freeEntropy(), v.s(), v.q(), v.qTilde(), v.sigmaInt(), errors());
    }

    /** A copy of the messages, for warm starts ({@link #restore(Messages)}). */
    public Messages snapshot() {
        st.encoded();
        return new Messages(st.alg.representation(), st.n, st.k, st.m, st.u.clone(), st.foc.clone(), st.ext.clone());
    }

    /** Restores messages saved by {@link #snapshot()} on an instance of the same shape and representation. */
    public void restore(Messages msg) {
        if (msg.n() != st.n || msg.k() != st.k || msg.m() != st.m) {
            throw new IllegalArgumentException("messages are for n = " + msg.n() + ", k = " + msg.k() + ", m = " + msg.m()
                    + ", instance has n = " + st.n + ", k = " + st.k + ", m = " + st.m);
        }
        st.load(msg.representation().algebra(), msg.input(), msg.focusing(), msg.external());
    }

    @Override
    public void close() {
        sweeper.close();
    }
}
