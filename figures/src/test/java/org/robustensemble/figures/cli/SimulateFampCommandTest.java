package org.robustensemble.figures.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.robustensemble.simulation.amp.AmpParameters;
import org.robustensemble.simulation.instance.Instance;
import org.robustensemble.simulation.instance.InstanceFormat;

/** End-to-end tests of {@code re simulate famp}, in-process. */
class SimulateFampCommandTest {

    private static final String HEADER = "algorithm,n,alpha,k,protocol,seed,solved,errors,steps,sweeps,seconds,stopped_by";

    private record Run(int code, String out, String err) {
        List<String> data() {
            return Arrays.stream(out.split("\n")).filter(l -> !l.startsWith("#") && !l.isEmpty()).collect(Collectors.toList());
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Drops the seconds column (the next to last), the only one allowed to differ between runs. */
    private static List<String> withoutSeconds(List<String> rows) {
        return rows.stream().map(r -> {
            String[] f = r.split(",", -1);
            f[f.length - 2] = "";
            return String.join(",", f);
        }).collect(Collectors.toList());
    }

    @Test
    void runsGiveFbpsColumnsAndTheSameRowsForAnyThreadsAndJobs() {
        String[] base = {"simulate", "famp", "--n", "301", "--alpha", "0.6", "--protocol", "pseudo", "--damping", "0.5",
            "--max-iters", "3", "--runs", "3", "--seed", "4"};
        Run one = run(concat(base, "--threads", "1"));
        Run two = run(concat(base, "--threads", "2", "--jobs", "2"));
        assertThat(one.code()).as(one.err()).isZero();
        assertThat(two.code()).as(two.err()).isZero();
        List<String> d = one.data();
        assertThat(d).hasSize(4);
        assertThat(d.get(0)).isEqualTo(HEADER);
        String[] f = d.get(1).split(",");
        assertThat(f[0]).isEqualTo("famp");
        assertThat(f[1]).isEqualTo("301");
        assertThat(f[4]).isEqualTo("pseudo");
        assertThat(f[5]).isEqualTo("4");
        assertThat(f[6]).isEqualTo("true");
        assertThat(f[7]).isEqualTo("0");
        assertThat(withoutSeconds(two.data())).isEqualTo(withoutSeconds(d));
        assertThat(one.out()).contains("# sweeps=AMP iterations").contains("# amp=AmpParameters[epsilon=0.001, maxIters=3, damping=0.5");
    }

    @Test
    void traceHasOneRowPerStepWithFbpsColumns(@TempDir Path dir) throws Exception {
        Path w = dir.resolve("w.txt");
        Run r = run("simulate", "famp", "--n", "201", "--alpha", "0.5", "--protocol", "pseudo", "--damping", "0.5", "--trace",
                "--save-weights", w.toString(), "--seed", "2");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> d = r.data();
        assertThat(d.get(0)).isEqualTo("step,gamma,y,S,q,qtilde,free_entropy,sigma_int,errors,sweeps,converged");
        assertThat(d.get(1)).startsWith("0,0,2,0,");
        String[] last = d.get(d.size() - 1).split(",");
        assertThat(last[8]).isEqualTo("0");
        assertThat(r.out()).contains("# solved=true");
        assertThat(Files.readString(w)).contains("famp weights, seed 2, errors 0");
    }

    @Test
    void anInstanceFileIsSolvedWithItsOwnShape(@TempDir Path dir) {
        Path f = dir.resolve("inst.txt");
        InstanceFormat.write(Instance.random(151, 1, 0.4, false, 9), f);
        Run r = run("simulate", "famp", "--instance", f.toString(), "--protocol", "standard", "--damping", "0.5");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.data().get(1)).startsWith("famp,151,").contains(",standard,1,true,0,");
    }

    @Test
    void theDefaultCommandSolvesWhatFbpSolvesWithFbpsColumns() {
        Run famp = run("simulate", "famp", "--n", "301", "--alpha", "0.5", "--seed", "1");
        Run fbp = run("simulate", "fbp", "--n", "301", "--alpha", "0.5", "--seed", "1");
        assertThat(famp.code()).as(famp.err()).isZero();
        assertThat(fbp.code()).as(fbp.err()).isZero();
        assertThat(famp.data().get(0)).isEqualTo(HEADER).isEqualTo(fbp.data().get(0));
        String[] f = famp.data().get(1).split(",");
        assertThat(f).hasSize(12);
        assertThat(f[6]).isEqualTo("true");
        assertThat(f[7]).isEqualTo("0");
        assertThat(f[11]).isEqualTo("solved");
        // measured: 89 AMP iterations (fbp: 92 sweeps) (simulation/docs/bp.md, "Defaults of simulate famp"); undamped AMP used 67059
        assertThat(Long.parseLong(f[9])).isLessThan(500);
        assertThat(famp.out()).contains("# max_sweeps=2000").contains("damping=" + AmpParameters.FAMP_DAMPING);
        assertThat(famp.err()).contains("(solved)");
    }

    @Test
    void theIterationBudgetEndsARunWithStoppedBySweepBudget() {
        Run r = run("simulate", "famp", "--n", "301", "--alpha", "0.5", "--seed", "1", "--max-sweeps", "40");
        assertThat(r.code()).as(r.err()).isZero();
        String[] f = r.data().get(1).split(",");
        assertThat(f[6]).isEqualTo("false");
        assertThat(f[9]).isEqualTo("40");
        assertThat(f[11]).isEqualTo("sweep_budget");
        assertThat(r.out()).contains("# max_sweeps=40");
        Run t = run("simulate", "famp", "--n", "301", "--alpha", "0.5", "--seed", "1", "--max-sweeps", "40", "--trace");
        assertThat(t.code()).as(t.err()).isZero();
        assertThat(t.out()).contains("# stopped_by=sweep_budget").contains("# solved=false");
        assertThat(t.data().stream().skip(1).mapToLong(l -> Long.parseLong(l.split(",")[9])).sum()).isEqualTo(40);
        Run p = run("simulate", "famp", "--n", "101", "--alpha", "0.3", "--protocol", "pseudo", "--steps", "3",
                "--run-to-end");
        assertThat(p.code()).as(p.err()).isZero();
        assertThat(p.data().get(1)).endsWith(",protocol_end");
        assertThat(run("simulate", "famp", "--n", "101", "--alpha", "0.3", "--max-sweeps", "0").code()).isEqualTo(2);
    }

    @Test
    void helpStatesFampsOwnDefaultsAndHidesBpOnlyOptions() {
        Run h = run("simulate", "famp", "--help");
        assertThat(h.code()).isZero();
        String text = h.out() + h.err();
        assertThat(text).contains("Max AMP iterations per protocol step (default 1000)")
                .contains("(default " + AmpParameters.FAMP_DAMPING + ")")
                .contains("Threads of the matrix products")
                .contains("Total budget of AMP iterations").contains("(default 2000)")
                .doesNotContain("--representation=").doesNotContain("--block=").doesNotContain("--symmetry-breaking=")
                .doesNotContain("--save-messages=").doesNotContain("--load-messages=").doesNotContain("--k=")
                .doesNotContain("simulate fbp 1000").doesNotContain("with --block 1");
    }

    @Test
    void bpOnlyOptionsAndBadInputExit2() {
        for (String[] bad : new String[][] {{"--k", "3"}, {"--block", "4"}, {"--representation", "MAGNETIZATION"},
            {"--load-messages", "m.bin"}, {"--damping", "1"}, {"--protocol", "nope"}}) {
            Run r = run(concat(new String[] {"simulate", "famp", "--n", "101", "--alpha", "0.3"}, bad));
            assertThat(r.code()).as(String.join(" ", bad)).isEqualTo(2);
            assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
        }
        assertThat(run("simulate", "famp", "--alpha", "0.3").code()).isEqualTo(2);
    }

    private static String[] concat(String[] a, String... b) {
        String[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
