package org.robustensemble.figures.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.robustensemble.simulation.bp.BpParameters;
import org.robustensemble.simulation.bp.Representation;
import org.robustensemble.simulation.edmc.Edmc;
import org.robustensemble.simulation.instance.Instance;
import org.robustensemble.simulation.mc.Schedule;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code re simulate edmc}: entropy-driven Monte Carlo (docs/theory.md 4.2; Baldassi et al., J. Stat. Mech. (2016)
 * 023301) on the reference configuration, with the BP local free entropy as objective ({@link Edmc}). Runs, seeds,
 * threads and the summary columns follow {@code simulate sa|rsa}; {@code --trace} prints one row per trial flip.
 */
@Command(name = "edmc", mixinStandardHelpOptions = true,
        description = {"Entropy-driven Monte Carlo (docs/theory.md 4.2): Metropolis flips of a reference Wref whose "
                + "objective is the local free entropy Phi(Wref, gamma), the Bethe free entropy of BP with external "
                + "fields gamma Wref (coupling exp(gamma W.Wref)); BP restarts from the current messages after each "
                + "flip. Accept if dPhi >= 0, else with probability exp(y dPhi) (dPhi extensive; never at y = inf). "
                + "Round r sets gamma(r), y(r), then up to --moves-per-round trial flips (a round ends early when no "
                + "weight has a positive predicted gain, except with --proposal random). Stops when Wref has zero "
                + "training errors. One CSV row per run: "
                + "algorithm,n,alpha,k,y,seed,solved,energy,sweeps,seconds,flips_per_second,bp_sweeps, where sweeps "
                + "counts trial flips (moves), flips_per_second is moves per second and bp_sweeps all BP sweeps. "
                + "Defaults (tuned at N = 1001, simulation/docs/mc.md): about 130 moves and 6-9 s per run at "
                + "N = 1001, alpha = 0.6 on one idle core (0.7: about 160 moves, 10-15 s; several times longer on a "
                + "loaded machine); at N = 201 about a second."})
public final class SimulateEdmcCommand extends InstanceCommandBase {
    @Option(names = "--proposal", paramLabel = "P", description = "random (uniform weight), disagree (uniform among the weights whose reference disagrees with the sign of their cavity field) or greedy (largest predicted gain, zero temperature). Default: ${DEFAULT-VALUE}.")
    Edmc.Proposal proposal = Edmc.Proposal.DISAGREE;

    @Option(names = "--start", paramLabel = "S0", description = "Initial reference: random, or bp (sign of the BP marginals at gamma = 0). Default: ${DEFAULT-VALUE}.")
    Edmc.Start start = Edmc.Start.BP;

    @Option(names = "--gamma-schedule", paramLabel = "FORM", description = "linear or geometric, per round. Default: ${DEFAULT-VALUE}.")
    Schedule.Form gammaForm = Schedule.Form.LINEAR;

    @Option(names = "--gamma0", paramLabel = "G", description = "Coupling of round 0 (>= 0; > 0 for geometric). Default: ${DEFAULT-VALUE}.")
    double gamma0 = 0.1;

    @Option(names = "--gamma-rate", paramLabel = "R", description = "Per-round step (linear) or factor (geometric). Default: the rate that reaches --gamma-max at the last round.")
    Double gammaRate;

    @Option(names = "--gamma-max", paramLabel = "G", description = "Cap of gamma. Default: ${DEFAULT-VALUE}.")
    double gammaMax = 2.0;

    @Option(names = "--y", paramLabel = "Y", description = "Inverse temperature of the reference at round 0 (> 0, or inf = zero temperature). Default: ${DEFAULT-VALUE}.")
    String y0 = "inf";

    @Option(names = "--y-schedule", paramLabel = "FORM", description = "linear or geometric, per round (finite --y only). Default: ${DEFAULT-VALUE}.")
    Schedule.Form yForm = Schedule.Form.GEOMETRIC;

    @Option(names = "--y-rate", paramLabel = "R", description = "Per-round step (linear) or factor (geometric) of y. Default: the rate that reaches --y-max at the last round (constant without --y-max).")
    Double yRate;

    @Option(names = "--y-max", paramLabel = "Y", description = "Cap of y (finite --y only). Default: --y (constant).")
    Double yMax;

    @Option(names = "--rounds", paramLabel = "R", description = "Round budget (gamma and y change once per round). Default: ${DEFAULT-VALUE}.")
    int rounds = 20;

    @Option(names = "--moves-per-round", paramLabel = "M", description = "Trial flips per round at most. Default: ${DEFAULT-VALUE}.")
    int movesPerRound = 1000;

    @Option(names = "--epsilon", paramLabel = "E", description = "BP convergence threshold (largest message change). Default: ${DEFAULT-VALUE}.")
    double epsilon = 1e-3;

    @Option(names = "--max-iters", paramLabel = "I", description = "BP sweeps per convergence at most (a trial that does not converge is rejected). Default: ${DEFAULT-VALUE}.")
    int maxIters = 100;

    @Option(names = "--damping", paramLabel = "L", description = "BP damping in [0, 1). Default: ${DEFAULT-VALUE}.")
    double damping = 0.5;

    @Option(names = "--trace", description = "Print one row per trial flip (seed,step,round,gamma,y,phi,s,energy,accepted,bp_sweeps) instead of the summary; summaries go to stderr.")
    boolean trace;

    @Option(names = "--details", description = "Append columns accepted, unconverged (trials rejected because BP did not converge), bp_failed (BP did not converge after a change of gamma: the run ended there), sweeps_per_move, rounds, gamma_end, phi, s to the summary.")
    boolean details;

    private record Outcome(long seed, Instance inst, Edmc.Result result, List<Object[]> trace) {
    }

    @Override
    public void run() {
        instance.requireRuns();
        instance.requireGeneratedOnly(spec);
        Instance fixed = instance.readOrCheck();
        if (rounds < 1) {
            throw new IllegalArgumentException("--rounds = " + rounds + " must be >= 1");
        }
        if (movesPerRound < 1) {
            throw new IllegalArgumentException("--moves-per-round = " + movesPerRound + " must be >= 1");
        }
        if (!(gamma0 >= 0) || Double.isInfinite(gamma0)) {
            throw new IllegalArgumentException("--gamma0 = " + gamma0 + " must be finite and >= 0");
        }
        Schedule gamma = AnnealCommandBase.schedule(gammaForm, gamma0, gammaRate, gammaMax, rounds);
        Schedule ySchedule = ySchedule();
        BpParameters bp = new BpParameters(epsilon, maxIters, damping, BpParameters.defaults().initRange(),
                Representation.FIELD, 1, 1, false, 0.0);
        Edmc.Params p = new Edmc.Params(gamma, ySchedule, proposal, start, rounds, movesPerRound, bp);

        final Instance fixedInstance = fixed;
        List<Outcome> outcomes = RunPool.map(instance.runs, instance.workers(),
                r -> runOne(fixedInstance, instance.seed + r, p), (o, r) -> {
                    Edmc.Result res = o.result();
                    spec.commandLine().getErr().printf(Locale.ROOT,
                            "edmc seed=%d solved=%s energy=%d moves=%d accepted=%d bp_sweeps=%d%s seconds=%.3f%n",
                            o.seed(), res.solved(), res.energy(), res.moves(), res.accepted(), res.bpSweeps(),
                            res.bpFailed() ? " bp_failed=true" : "", res.seconds());
                    spec.commandLine().getErr().flush();
                });
        String cmd = Args.commandLine(spec);
        CsvTable t;
        if (trace) {
            t = new CsvTable(cmd, "seed", "step", "round", "gamma", "y", "phi", "s", "energy", "accepted", "bp_sweeps");
            for (Outcome o : outcomes) {
                for (Object[] row : o.trace()) {
                    t.row(row);
                }
            }
        } else if (details) {
            t = new CsvTable(cmd, "algorithm", "n", "alpha", "k", "y", "seed", "solved", "energy", "sweeps", "seconds",
                    "flips_per_second", "bp_sweeps", "accepted", "unconverged", "bp_failed", "sweeps_per_move", "rounds",
                    "gamma_end", "phi", "s");
        } else {
            t = new CsvTable(cmd, "algorithm", "n", "alpha", "k", "y", "seed", "solved", "energy", "sweeps", "seconds",
                    "flips_per_second", "bp_sweeps");
        }
        t.meta("gamma", gamma).meta("y", ySchedule == null ? "inf" : ySchedule).meta("proposal", lower(proposal))
                .meta("start", lower(start)).meta("rounds", rounds).meta("moves_per_round", movesPerRound).meta("bp", bp)
                .meta("sweeps", "trial flips (moves)");
        instance.meta(t);
        if (!trace) {
            for (Outcome o : outcomes) {
                Edmc.Result r = o.result();
                Instance inst = o.inst();
                List<Object> row = new ArrayList<>(List.of("edmc", inst.n(), inst.alpha(), inst.k(), r.y(), o.seed(),
                        r.solved(), (long) r.energy(), r.moves(), r.seconds(), r.movesPerSecond(), r.bpSweeps()));
                if (details) {
                    row.addAll(List.of(r.accepted(), r.unconverged(), r.bpFailed(), r.sweepsPerMove(), r.rounds(), r.gamma(),
                            r.phi(), r.s()));
                }
                t.row(row.toArray());
            }
        }
        t.emit(spec.commandLine().getOut(), output.out());
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /** @return the y schedule, or null for y = infinity */
    private Schedule ySchedule() {
        double y = Args.number(y0, "--y");
        if (!(y > 0)) {
            throw new IllegalArgumentException("--y = " + y0 + " must be > 0 (or inf)");
        }
        if (y == Double.POSITIVE_INFINITY) {
            if (yMax != null || yRate != null) {
                throw new IllegalArgumentException("--y-max and --y-rate need a finite --y");
            }
            return null;
        }
        double max = yMax != null ? yMax : y;
        if (!(max >= y)) {
            throw new IllegalArgumentException("--y-max = " + max + " must be >= --y = " + y);
        }
        return AnnealCommandBase.schedule(yForm, y, yRate, max, rounds);
    }

    private Outcome runOne(Instance fixed, long s, Edmc.Params p) {
        Instance inst = instance.instance(fixed, s);
        List<Object[]> rows = new ArrayList<>();
        Edmc.TraceListener tl = null;
        if (trace) {
            tl = (step, round, g, yy, phi, ov, e, ok, sw) -> rows.add(new Object[] {s, step, round, g, yy, phi, ov,
                    (long) e, ok, (long) sw});
        }
        return new Outcome(s, inst, Edmc.run(inst, p, s, tl), rows);
    }
}
