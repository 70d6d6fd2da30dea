package org.robustensemble.figures.cli;

import org.robustensemble.simulation.mc.Annealer;
import org.robustensemble.simulation.mc.Schedule;

import picocli.CommandLine.Command;

/** {@code re simulate sa}: simulated annealing (y = 1, gamma = 0) on binary perceptrons and committee machines. */
@Command(name = "sa", mixinStandardHelpOptions = true,
        description = {"Simulated annealing with Metropolis single-flip moves (docs/theory.md 4.1). "
                + "One CSV row per run: algorithm,n,alpha,k,y,seed,solved,energy,sweeps,seconds,flips_per_second. "
                + "A sweep is N K attempted flips; the run stops at the first zero-energy configuration. "
                + "Defaults: the schedule tuned for N = 1001 (simulation/docs/mc.md)."})
public final class SimulateSaCommand extends AnnealCommandBase {

    @Override
    String algorithm() {
        return "sa";
    }

    @Override
    Annealer.Params params(Schedule beta) {
        return Annealer.Params.sa(energy, beta, sweeps);
    }

    @Override
    double defaultBeta0() {
        return 0.5;
    }

    /** Tuned at N = 1001 (simulation/docs/mc.md): linear beta 0.5 -&gt; 2.5 over the budget. */
    @Override
    Schedule.Form defaultBetaForm() {
        return Schedule.Form.LINEAR;
    }

    @Override
    double defaultBetaMax() {
        return 2.5;
    }

    @Override
    int defaultSweeps() {
        return 14000;
    }

    @Override
    void meta(CsvTable t) {
        t.meta("y", 1).meta("gamma", 0);
    }
}
