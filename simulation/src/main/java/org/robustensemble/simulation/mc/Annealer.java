package org.robustensemble.simulation.mc;

import java.util.SplittableRandom;

import org.robustensemble.simulation.SimulationFailure;
import org.robustensemble.simulation.instance.Instance;
import org.robustensemble.simulation.random.RandomStreams;

/**
 * Simulated annealing (SA) and replicated simulated annealing (RSA) on one instance (docs/theory.md 4.1).
 *
 * <p>Sweep t (t = 0, 1, ...) sets beta = beta(t), gamma = gamma(t) and makes one attempt per variable of the
 * system (y N K attempts with the reference traced out, (y + 1) N K with an explicit reference), choosing
 * (member, weight) uniformly. The run stops right after the first accepted flip that brings a replica (or the
 * explicit reference) to zero training energy, or at the end of a sweep at which the traced reference
 * sign(sum_a W^a) has zero energy, or after {@code maxSweeps} sweeps. SA is y = 1 with gamma = 0.
 *
 * <p>Streams (all from the run seed): initial replicas {@code INITIAL_STATE} index a (the explicit reference
 * index y), proposals {@code UPDATE_ORDER}, acceptance draws {@code ALGORITHM}. The instance has its own
 * {@code INSTANCE} stream (see {@link Instance#random}).
 */
public final class Annealer {
    private Annealer() {
    }

    /**
     * Parameters of a run.
     *
     * @param kind              training energy
     * @param replicas          y &gt;= 1
     * @param explicitReference couple to an explicit reference replica instead of tracing it out
     * @param beta              inverse temperature schedule (values must be &gt; 0)
     * @param gamma             coupling schedule (overlap convention; ignored when y = 1 without reference)
     * @param maxSweeps         sweep budget (&gt;= 1)
     */
    public record Params(EnergyKind kind, int replicas, boolean explicitReference, Schedule beta, Schedule gamma,
            int maxSweeps) {
        public Params {
            if (kind == null || beta == null || gamma == null) {
                throw new IllegalArgumentException("energy kind and schedules must be given");
            }
            if (replicas < 1) {
                throw new IllegalArgumentException("y = " + replicas + " must be >= 1");
            }
            if (maxSweeps < 1) {
                throw new IllegalArgumentException("sweeps = " + maxSweeps + " must be >= 1");
            }
            if (!(beta.start() > 0)) {
                throw new IllegalArgumentException("beta start = " + beta.start() + " must be > 0");
            }
        }

        /** Plain simulated annealing: y = 1, gamma = 0. */
        public static Params sa(EnergyKind kind, Schedule beta, int maxSweeps) {
            return new Params(kind, 1, false, beta, Schedule.constant(0), maxSweeps);
        }
    }

    /**
     * Outcome of a run.
     *
     * @param solved          a zero-energy configuration was found
     * @param solvedBy        the replica index that solved it, y for the reference, -1 if unsolved
     * @param energy          the lowest training energy among the replicas (and the reference) at the end
     * @param referenceEnergy training energy of the reference at the end (explicit, or sign of the replica sum)
     * @param sweeps          sweeps performed (the sweep in which the solution appeared counts)
     * @param attempts        attempted flips
     * @param accepted        accepted flips
     * @param seconds         wall time of the Monte Carlo loop
     * @param solution        the zero-energy weights if solved, else the lowest-energy replica
     */
    public record Result(boolean solved, int solvedBy, double energy, double referenceEnergy, int sweeps, long attempts,
            long accepted, double seconds, byte[] solution) {
        /** @return attempted flips per second of wall time */
        public double flipsPerSecond() {
            return seconds > 0 ? attempts / seconds : Double.NaN;
        }
    }

    /** Receives one record per sweep (at its end, or at the stop). */
    @FunctionalInterface
    public interface TraceListener {
        /**
         * @param energies training energy of each replica
         * @param overlap  mean replica-reference overlap ({@link ReplicatedSystem#overlap()})
         */
        void sweep(int sweep, double beta, double gamma, double[] energies, double referenceEnergy, double overlap);
    }

    /** Builds the replicated system of a run, with initial states drawn from the run's streams. */
    public static ReplicatedSystem system(Instance inst, Params p, long seed) {
        RandomStreams streams = new RandomStreams(seed);
        int size = inst.n() * inst.k();
        byte[][] init = new byte[p.replicas()][];
        for (int a = 0; a < p.replicas(); a++) {
            init[a] = randomSpins(size, streams.stream(RandomStreams.Stream.INITIAL_STATE, a));
        }
        if (p.explicitReference()) {
            byte[] ref = randomSpins(size, streams.stream(RandomStreams.Stream.INITIAL_STATE, p.replicas()));
            return new ExplicitReference(inst, p.kind(), init, ref);
        }
        return new TracedReplicas(inst, p.kind(), init);
    }

    static byte[] randomSpins(int size, SplittableRandom rng) {
        byte[] w = new byte[size];
        for (int i = 0; i < size; i++) {
            w[i] = (byte) (rng.nextBoolean() ? 1 : -1);
        }
        return w;
    }

    /** Runs SA/RSA on the instance with the run seed; {@code trace} may be {@code null}. */
    public static Result run(Instance inst, Params p, long seed, TraceListener trace) {
        ReplicatedSystem s = system(inst, p, seed);
        RandomStreams streams = new RandomStreams(seed);
        SplittableRandom order = streams.stream(RandomStreams.Stream.UPDATE_ORDER);
        SplittableRandom acc = streams.stream(RandomStreams.Stream.ALGORITHM);
        int y = p.replicas();
        boolean tracedRef = !p.explicitReference() && y > 1;
        long perSweep = (long) s.n() * s.members();
        Metropolis.Counter counter = new Metropolis.Counter();
        int solvedBy = -1;
        int sweeps = 0;
        double refEnergy = Double.NaN;
        long t0 = System.nanoTime();
        // a random start can already be a solution (tiny instances)
        for (int a = 0; a < s.members(); a++) {
            if (s.memberEnergy(a) == 0) {
                solvedBy = a;
                break;
            }
        }
        while (solvedBy < 0 && sweeps < p.maxSweeps()) {
            double beta = p.beta().at(sweeps);
            double gamma = p.gamma().at(sweeps);
            if (!(beta > 0) || Double.isInfinite(beta) || Double.isNaN(gamma) || Double.isInfinite(gamma)) {
                throw new SimulationFailure("schedule gave beta = " + beta + ", gamma = " + gamma + " at sweep " + sweeps);
            }
            s.setCoupling(beta, gamma);
            solvedBy = Metropolis.sweep(s, perSweep, order, acc, true, counter);
            sweeps++;
            if (solvedBy < 0 && tracedRef) {
                refEnergy = s.referenceEnergy();
                if (refEnergy == 0) {
                    solvedBy = y;
                }
            }
            if (trace != null) {
                double[] e = new double[y];
                for (int a = 0; a < y; a++) {
                    e[a] = s.memberEnergy(a);
                }
                trace.sweep(sweeps, beta, gamma, e, y > 1 || p.explicitReference() ? s.referenceEnergy() : e[0],
                        s.overlap());
            }
        }
        double seconds = (System.nanoTime() - t0) * 1e-9;
        refEnergy = (y > 1 || p.explicitReference()) ? s.referenceEnergy() : s.memberEnergy(0);
        double best = Double.POSITIVE_INFINITY;
        int bestMember = 0;
        for (int a = 0; a < y; a++) {
            if (s.memberEnergy(a) < best) {
                best = s.memberEnergy(a);
                bestMember = a;
            }
        }
        byte[] solution;
        if (solvedBy >= 0) {
            solution = solvedBy == y ? s.reference() : s.memberState(solvedBy);
            best = 0;
        } else if (refEnergy < best) {
            best = refEnergy;
            solution = s.reference();
        } else {
            solution = s.memberState(bestMember);
        }
        return new Result(solvedBy >= 0, solvedBy, best, refEnergy, sweeps, counter.attempts, counter.accepted, seconds,
                solution);
    }
}
