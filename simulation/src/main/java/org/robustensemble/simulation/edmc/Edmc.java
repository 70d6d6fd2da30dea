package org.robustensemble.simulation.edmc;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import org.robustensemble.simulation.SimulationFailure;
import org.robustensemble.simulation.bp.BpParameters;
import org.robustensemble.simulation.instance.Instance;
import org.robustensemble.simulation.mc.Schedule;
import org.robustensemble.simulation.random.RandomStreams;

/**
 * Entropy-driven Monte Carlo (EdMC; Baldassi, Ingrosso, Lucibello, Saglietti, Zecchina, J. Stat. Mech. (2016) 023301;
 * docs/theory.md 4.2): Metropolis single flips of a reference configuration Wref whose objective is the local free
 * entropy Phi(Wref, gamma) estimated by BP with external fields gamma Wref ({@link LocalFreeEntropy}). The reference
 * is sampled from the robust ensemble P(Wref) ~ exp(y Phi) (docs/theory.md 2) while gamma (scoping) and y rise.
 *
 * <p>The run is a sequence of rounds r = 0, 1, ...: round r sets gamma = gamma(r) and y = y(r) (BP reconverges at the
 * new fields), then makes up to {@code movesPerRound} trial flips. A trial flips one reference weight, reconverges BP
 * from the current messages and is accepted if dPhi &gt;= 0, else with probability exp(y dPhi) (never at
 * y = infinity), where dPhi is the change of the extensive local free entropy N K (phi' - phi). A trial whose BP does
 * not converge within its sweep limit is rejected and counted. The run stops as soon as the reference has zero
 * training errors (checked after every accepted flip and at the start), when the rounds are used up, or when BP does
 * not converge at the start or after a change of gamma (then no later phi could be trusted: {@link Result#bpFailed}).
 *
 * <p>Proposals ({@link Proposal}): uniform (the plain Metropolis chain), uniform among the weights whose predicted
 * gain is positive ({@link LocalFreeEntropy#predictedGain}: the reference disagrees with the sign of the cavity field),
 * or greedy (the weight with the largest predicted gain, at zero temperature). With the last two a round ends early
 * when no weight has a positive predicted gain (a local maximum at this gamma).
 *
 * <p>Streams (all from the run seed): initial reference {@code INITIAL_STATE} index 1, proposals {@code UPDATE_ORDER}
 * index 1, acceptance draws {@code ALGORITHM}; BP's own initial messages and sweep orders use index 0 of
 * {@code INITIAL_STATE} and {@code UPDATE_ORDER} (its constructor with the run seed). The run uses one thread unless
 * the BP parameters ask for more; its result never depends on the thread count.
 */
public final class Edmc {
    private Edmc() {
    }

    /** How a trial flip is chosen. */
    public enum Proposal {
        /** A weight uniformly at random (symmetric: the chain samples exp(y Phi) at fixed gamma, y). */
        RANDOM,
        /**
         * A weight uniformly among those with a positive predicted gain (Wref_j disagrees with the sign of its cavity
         * field); the round ends when there is none. Not symmetric: an optimiser, not a sampler.
         */
        DISAGREE,
        /**
         * The weight with the largest predicted gain among those not rejected since the last accepted flip, accepted
         * iff dPhi &gt;= 0 whatever y (the greedy variant); the round ends when no candidate is left.
         */
        GREEDY
    }

    /** Where the reference starts. */
    public enum Start {
        /** Uniformly random +-1 weights. */
        RANDOM,
        /** sign of the BP marginals at gamma = 0 (the accelerated start of the EdMC paper; ties +1). */
        BP
    }

    /**
     * Parameters of a run.
     *
     * @param gamma         coupling per round (overlap convention exp(gamma W.Wref); values finite, &gt;= 0)
     * @param y             inverse temperature of the reference per round; {@code null} = y = infinity (zero
     *                      temperature: only dPhi &gt;= 0 is accepted)
     * @param proposal      proposal rule
     * @param start         initial reference
     * @param rounds        round budget (&gt;= 1)
     * @param movesPerRound trial flips per round (&gt;= 1)
     * @param bp            BP settings of the local free entropy
     */
    public record Params(Schedule gamma, Schedule y, Proposal proposal, Start start, int rounds, int movesPerRound,
            BpParameters bp) {
        public Params {
            if (gamma == null || proposal == null || start == null || bp == null) {
                throw new IllegalArgumentException("gamma schedule, proposal, start and BP settings must be given");
            }
            if (rounds < 1) {
                throw new IllegalArgumentException("rounds = " + rounds + " must be >= 1");
            }
            if (movesPerRound < 1) {
                throw new IllegalArgumentException("moves per round = " + movesPerRound + " must be >= 1");
            }
            if (!Double.isFinite(gamma.max()) && gamma.rate() > 0) {
                throw new IllegalArgumentException("a rising gamma schedule needs a finite max, got " + gamma);
            }
        }

        /** @return y at round r (+infinity at zero temperature) */
        public double yAt(int r) {
            return y == null ? Double.POSITIVE_INFINITY : y.at(r);
        }
    }

    /**
     * Outcome of a run.
     *
     * @param solved        the reference reached zero training errors
     * @param energy        training errors of the reference at the end
     * @param rounds        rounds started
     * @param moves         trial flips
     * @param accepted      accepted flips
     * @param unconverged   trials rejected because BP did not converge
     * @param bpFailed      BP did not converge at the start or after a change of gamma: the run ended there
     * @param bpSweeps      BP sweeps in all (initial convergence, gamma changes and trials)
     * @param trialSweeps   BP sweeps of the trials only (their mean is the reconvergence cost of a move)
     * @param gamma         gamma of the last round
     * @param y             y of the last round
     * @param phi           local free entropy per weight at the end
     * @param s             overlap S between the reference and the BP marginals at the end
     * @param seconds       wall time of the run (BP construction included)
     * @param reference     the reference at the end
     */
    public record Result(boolean solved, int energy, int rounds, long moves, long accepted, long unconverged,
            boolean bpFailed, long bpSweeps, long trialSweeps, double gamma, double y, double phi, double s, double seconds,
            byte[] reference) {
        /** @return trial flips per second of wall time */
        public double movesPerSecond() {
            return seconds > 0 ? moves / seconds : Double.NaN;
        }

        /** @return mean BP sweeps per trial flip (NaN without trials) */
        public double sweepsPerMove() {
            return moves > 0 ? (double) trialSweeps / moves : Double.NaN;
        }
    }

    /** Receives one record per trial flip, after the decision. */
    @FunctionalInterface
    public interface TraceListener {
        /**
         * @param step     trial index (1, 2, ...)
         * @param round    round index
         * @param gamma    coupling
         * @param y        inverse temperature (may be infinite)
         * @param phi      local free entropy per weight of the accepted state after the decision
         * @param s        overlap S of the reference with the BP marginals after the decision
         * @param energy   training errors of the reference after the decision
         * @param accepted the trial was accepted
         * @param sweeps   BP sweeps of the trial
         */
        void step(long step, int round, double gamma, double y, double phi, double s, int energy, boolean accepted,
                int sweeps);
    }

    /** Runs EdMC on the instance with the run seed; {@code trace} may be {@code null}. */
    public static Result run(Instance inst, Params p, long seed, TraceListener trace) {
        return run(inst, p, seed, trace, null, true);
    }

    /**
     * The run, with a hook that sees the objective after every decision (tests read the reference there) and the
     * choice not to stop at a solution (sampling tests on tiny instances).
     */
    static Result run(Instance inst, Params p, long seed, TraceListener trace, Consumer<LocalFreeEntropy> afterStep,
            boolean stopAtSolution) {
        long t0 = System.nanoTime();
        RandomStreams streams = new RandomStreams(seed);
        SplittableRandom order = streams.stream(RandomStreams.Stream.UPDATE_ORDER, 1);
        SplittableRandom acc = streams.stream(RandomStreams.Stream.ALGORITHM);
        int nw = inst.n() * inst.k();
        double g0 = p.gamma().at(0);
        checkGamma(g0, 0);
        LocalFreeEntropy lfe;
        if (p.start() == Start.BP) {
            // at gamma = 0 the reference does not enter BP: converge once, take sign(m), continue from those messages
            lfe = new LocalFreeEntropy(inst, randomSpins(nw, streams), 0.0, p.bp(), seed);
            lfe.alignToMarginals();
            lfe.setGamma(g0);
        } else {
            lfe = new LocalFreeEntropy(inst, randomSpins(nw, streams), g0, p.bp(), seed);
        }
        try {
            return chain(inst, p, lfe, order, acc, trace, afterStep, stopAtSolution, t0);
        } finally {
            lfe.close();
        }
    }

    private static Result chain(Instance inst, Params p, LocalFreeEntropy lfe, SplittableRandom order,
            SplittableRandom acc, TraceListener trace, Consumer<LocalFreeEntropy> afterStep, boolean stopAtSolution,
            long t0) {
        int nw = lfe.size();
        int energy = inst.errors(lfe.reference());
        int stop = stopAtSolution ? 0 : -1;
        long moves = 0;
        long accepted = 0;
        long unconverged = 0;
        long trialSweeps = 0;
        int rounds = 0;
        boolean bpFailed = !lfe.lastGammaConvergence().converged();
        double gamma = lfe.gamma();
        double y = p.yAt(0);
        int[] cand = new int[nw];
        boolean[] tried = new boolean[nw];
        for (int r = 0; r < p.rounds() && energy > stop && !bpFailed; r++) {
            gamma = p.gamma().at(r);
            y = p.yAt(r);
            checkGamma(gamma, r);
            if (!(y > 0)) {
                throw new SimulationFailure("y schedule gave y = " + y + " at round " + r);
            }
            if (r > 0 && gamma != lfe.gamma()) {
                if (!lfe.setGamma(gamma).converged()) {
                    // the fixed point at the new coupling is not trustworthy: the run ends here, unsolved
                    bpFailed = true;
                    rounds++;
                    break;
                }
            }
            rounds++;
            Arrays.fill(tried, false);
            for (int t = 0; t < p.movesPerRound() && energy > stop; t++) {
                int j;
                if (p.proposal() == Proposal.RANDOM) {
                    j = order.nextInt(nw);
                } else {
                    int nc = 0;
                    int best = -1;
                    double bestGain = 0;
                    for (int i = 0; i < nw; i++) {
                        double gi = lfe.predictedGain(i);
                        if (gi > 0 && !tried[i]) {
                            cand[nc++] = i;
                            if (gi > bestGain) {
                                bestGain = gi;
                                best = i;
                            }
                        }
                    }
                    if (nc == 0) {
                        break;
                    }
                    j = p.proposal() == Proposal.GREEDY ? best : cand[order.nextInt(nc)];
                }
                LocalFreeEntropy.Trial tr = lfe.tryFlip(j);
                moves++;
                trialSweeps += tr.sweeps();
                boolean ok;
                if (!tr.converged()) {
                    unconverged++;
                    ok = false;
                } else if (!Double.isFinite(tr.deltaTotal())) {
                    throw new SimulationFailure("EdMC: non-finite change of the local free entropy " + tr.deltaTotal()
                            + " at trial " + moves + " (gamma = " + gamma + ")");
                } else if (tr.deltaTotal() >= 0) {
                    ok = true;
                } else if (p.proposal() == Proposal.GREEDY || y == Double.POSITIVE_INFINITY) {
                    ok = false;
                } else {
                    ok = acc.nextDouble() < Math.exp(y * tr.deltaTotal());
                }
                if (ok) {
                    lfe.accept();
                    accepted++;
                    energy = inst.errors(lfe.reference());
                    Arrays.fill(tried, false);
                } else {
                    lfe.reject();
                    if (p.proposal() != Proposal.RANDOM) {
                        // DISAGREE and GREEDY do not propose the same weight again before the state changes
                        tried[j] = true;
                    }
                }
                if (trace != null) {
                    trace.step(moves, r, gamma, y, lfe.phi(), lfe.overlap(), energy, ok, tr.sweeps());
                }
                if (afterStep != null) {
                    afterStep.accept(lfe);
                }
            }
        }
        double seconds = (System.nanoTime() - t0) * 1e-9;
        return new Result(energy == 0, energy, rounds, moves, accepted, unconverged, bpFailed, lfe.sweeps(), trialSweeps,
                gamma, y, lfe.phi(), lfe.overlap(), seconds, lfe.reference());
    }

    private static void checkGamma(double g, int r) {
        if (!(g >= 0) || Double.isInfinite(g)) {
            throw new SimulationFailure("gamma schedule gave gamma = " + g + " at round " + r);
        }
    }

    private static byte[] randomSpins(int nw, RandomStreams streams) {
        SplittableRandom rng = streams.stream(RandomStreams.Stream.INITIAL_STATE, 1);
        byte[] w = new byte[nw];
        for (int i = 0; i < nw; i++) {
            w[i] = (byte) (rng.nextBoolean() ? 1 : -1);
        }
        return w;
    }

}
