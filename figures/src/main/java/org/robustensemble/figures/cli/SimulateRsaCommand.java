package org.robustensemble.figures.cli;

import org.robustensemble.simulation.mc.Annealer;
import org.robustensemble.simulation.mc.Schedule;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code re simulate rsa}: replicated simulated annealing, y replicas coupled through a traced-out reference
 * (or an explicit reference replica), with annealing of beta and scoping of gamma.
 */
@Command(name = "rsa", mixinStandardHelpOptions = true,
        description = {"Replicated simulated annealing on the robust ensemble (docs/theory.md sections 2 and 4.1). "
                + "Coupling convention exp(gamma W.Wref) (overlap). One CSV row per run: "
                + "algorithm,n,alpha,k,y,seed,solved,energy,sweeps,seconds,flips_per_second. "
                + "A sweep is y N K attempted flips ((y+1) N K with --explicit-reference); the run stops at the first "
                + "replica (or reference) with zero energy; 'energy' is the lowest replica/reference energy. "
                + "Defaults: the schedules tuned for N = 1001, y = 7 (simulation/docs/mc.md)."})
public final class SimulateRsaCommand extends AnnealCommandBase {

    @Option(names = "--y", paramLabel = "Y", description = "Number of replicas (>= 1). Default: ${DEFAULT-VALUE}.")
    int y = 7;

    @Option(names = "--explicit-reference", description = "Couple the replicas to an explicit reference replica instead of tracing it out.")
    boolean explicitReference;

    @Option(names = "--gamma-schedule", paramLabel = "FORM", description = "linear or geometric. Default: ${DEFAULT-VALUE}.")
    Schedule.Form gammaForm = Schedule.Form.LINEAR;

    @Option(names = "--gamma0", paramLabel = "G", description = "Initial coupling (>= 0; > 0 for geometric). Default: ${DEFAULT-VALUE}.")
    double gamma0 = 0;

    @Option(names = "--gamma-rate", paramLabel = "R", description = "Per-sweep step (linear) or factor (geometric). Default: the rate that reaches --gamma-max at the end of the sweep budget.")
    Double gammaRate;

    @Option(names = "--gamma-max", paramLabel = "G", description = "Cap of gamma. Default: ${DEFAULT-VALUE}.")
    double gammaMax = 1.5;

    @Override
    String algorithm() {
        return explicitReference ? "rsa-ref" : "rsa";
    }

    @Override
    int members() {
        return explicitReference ? y + 1 : y;
    }

    @Override
    int replicas() {
        return y;
    }

    @Override
    void checkOptions() {
        if (y < 1) {
            throw new IllegalArgumentException("--y " + y + " is out of range: must be >= 1");
        }
        requireSchedule("--gamma0", gamma0, "--gamma-max", gammaMax, gammaForm, false);
        requireRate("--gamma-rate", gammaRate, gammaForm);
    }

    @Override
    Annealer.Params params(Schedule beta) {
        return new Annealer.Params(energy, y, explicitReference, beta, gammaSchedule(), sweeps);
    }

    private Schedule gammaSchedule() {
        return schedule(gammaForm, gamma0, gammaRate, gammaMax, sweeps);
    }

    @Override
    double defaultBeta0() {
        return 0.5;
    }

    /** Tuned at N = 1001, y = 7 (simulation/docs/mc.md): geometric beta 0.5 -&gt; 1, linear gamma 0 -&gt; 1.5. */
    @Override
    Schedule.Form defaultBetaForm() {
        return Schedule.Form.GEOMETRIC;
    }

    @Override
    double defaultBetaMax() {
        return 1.0;
    }

    @Override
    int defaultSweeps() {
        return 2000;
    }

    @Override
    void meta(CsvTable t) {
        t.meta("y", y).meta("gamma", gammaSchedule())
                .meta("reference", explicitReference ? "explicit" : "traced");
    }
}
