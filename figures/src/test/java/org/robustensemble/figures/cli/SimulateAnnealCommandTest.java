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

/** End-to-end tests of {@code re simulate sa|rsa}, in-process. */
class SimulateAnnealCommandTest {

    private static final String HEADER = "algorithm,n,alpha,k,y,seed,solved,energy,sweeps,seconds,flips_per_second";

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    /** Drops the timing columns (seconds, flips_per_second), the only ones allowed to differ between runs. */
    private static List<String> withoutTiming(List<String> rows) {
        return rows.stream().map(r -> {
            String[] f = r.split(",", -1);
            return String.join(",", Arrays.copyOfRange(f, 0, 9));
        }).collect(Collectors.toList());
    }

    @Test
    void saSummaryRowHasTheContractColumns() {
        CliRun r = run("simulate", "sa", "--n", "101", "--alpha", "0.3", "--seed", "3");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> d = r.data();
        assertThat(d).hasSize(2);
        assertThat(d.get(0)).isEqualTo(HEADER);
        String[] f = d.get(1).split(",");
        assertThat(f[0]).isEqualTo("sa");
        assertThat(f[1]).isEqualTo("101");
        assertThat(f[4]).isEqualTo("1");
        assertThat(f[5]).isEqualTo("3");
        assertThat(f[6]).isEqualTo("true");
        assertThat(f[7]).isEqualTo("0");
        assertThat(r.out()).contains("# energy=linear");
    }

    @Test
    void parallelRunsGiveTheSameRowsAsSerial() {
        String[] base = {"simulate", "rsa", "--n", "101", "--alpha", "0.55", "--y", "3", "--runs", "4", "--seed", "10",
                "--sweeps", "300", "--details"};
        CliRun serial = run(concat(base, "--threads", "1"));
        CliRun parallel = run(concat(base, "--threads", "2"));
        assertThat(serial.code()).as(serial.err()).isZero();
        assertThat(parallel.code()).isZero();
        assertThat(serial.data()).hasSize(5);
        assertThat(withoutTiming(parallel.data())).isEqualTo(withoutTiming(serial.data()));
        // the detail columns (solved_by, reference_energy, accepted) agree too
        List<String> s = serial.data().stream().map(l -> l.substring(nthComma(l, 11))).collect(Collectors.toList());
        List<String> p = parallel.data().stream().map(l -> l.substring(nthComma(l, 11))).collect(Collectors.toList());
        assertThat(p).isEqualTo(s);
        assertThat(serial.data().get(1)).startsWith("rsa,101,");
    }

    private static int nthComma(String s, int k) {
        int idx = -1;
        for (int i = 0; i < k; i++) {
            idx = s.indexOf(',', idx + 1);
        }
        return idx;
    }

    private static String[] concat(String[] a, String... b) {
        String[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    @Test
    void traceHasOneRowPerSweep() {
        CliRun r = run("simulate", "rsa", "--n", "51", "--alpha", "0.9", "--y", "3", "--sweeps", "7", "--trace");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> d = r.data();
        assertThat(d.get(0)).isEqualTo("seed,sweep,beta,gamma,energy_min,energy_mean,reference_energy,overlap");
        assertThat(d).hasSize(8);
        assertThat(d.get(7)).startsWith("1,7,");
        assertThat(r.err()).contains("rsa seed=1");
    }

    @Test
    void savedInstanceGivesTheSameRun(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("inst.txt.gz");
        CliRun a = run("simulate", "sa", "--n", "75", "--alpha", "0.4", "--k", "3", "--seed", "5", "--sweeps", "500", "--save-instance", f.toString());
        assertThat(a.code()).as(a.err()).isZero();
        assertThat(Files.exists(f)).isTrue();
        CliRun b = run("simulate", "sa", "--instance", f.toString(), "--seed", "5", "--sweeps", "500");
        assertThat(b.code()).as(b.err()).isZero();
        assertThat(withoutTiming(b.data())).isEqualTo(withoutTiming(a.data()));
        assertThat(a.data().get(1)).startsWith("sa,75,0.4,3,1,5,");
    }

    @Test
    void defaultRatesReachTheMaximumAtTheLastSweep() {
        double lin = AnnealCommandBase.fitRate(org.robustensemble.simulation.mc.Schedule.Form.LINEAR, 0.5, 2.5, 101);
        assertThat(new org.robustensemble.simulation.mc.Schedule(org.robustensemble.simulation.mc.Schedule.Form.LINEAR,
                0.5, lin, 2.5).at(100)).isCloseTo(2.5, org.assertj.core.api.Assertions.within(1e-12));
        double geo = AnnealCommandBase.fitRate(org.robustensemble.simulation.mc.Schedule.Form.GEOMETRIC, 0.5, 1.0, 101);
        assertThat(0.5 * Math.pow(geo, 100)).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-12));
        CliRun r = run("simulate", "rsa", "--n", "51", "--alpha", "0.2", "--sweeps", "11");
        assertThat(r.out()).contains("# gamma=linear(start=0.0,rate=0.15,max=1.5)").contains("# y=7");
    }

    @Test
    void badInputExitsWithCode2AndOneLine(@TempDir Path dir) throws Exception {
        String[][] bad = {
            {"simulate", "sa", "--n", "100", "--alpha", "0.5"},
            {"simulate", "sa", "--n", "101", "--alpha", "-0.5"},
            {"simulate", "rsa", "--n", "101", "--alpha", "0.5", "--y", "0"},
            {"simulate", "sa", "--n", "101"},
            {"simulate", "sa", "--n", "101", "--alpha", "0.5", "--beta0", "0"},
            {"simulate", "sa", "--n", "101", "--alpha", "0.5", "--beta-schedule", "geometric", "--beta-rate", "0.5"},
            {"simulate", "sa", "--n", "101", "--alpha", "0.5", "--runs", "0"},
            {"simulate", "sa", "--n", "101", "--alpha", "0.5", "--k", "2"},
            {"simulate", "sa", "--n", "101", "--alpha", "0.5", "--energy", "quadratic"},
            {"simulate", "sa", "--n", "101", "--alpha", "0.5", "--sweeps", "0"},
            {"simulate", "rsa", "--n", "101", "--alpha", "0.5", "--gamma-schedule", "geometric"},
            {"simulate", "sa", "--n", "101", "--alpha", "0.5", "--save-instance", "x.txt", "--runs", "2"},
        };
        for (String[] args : bad) {
            CliRun r = run(args);
            assertThat(r.code()).as(String.join(" ", args) + " -> " + r.err()).isEqualTo(2);
            assertThat(r.err()).startsWith("re: error:").doesNotContain("Exception").doesNotContain("\tat ");
        }
        Path f = dir.resolve("bad.txt");
        Files.writeString(f, "# robust-ensemble instance v1\nn 3\nk 1\nm 1\n+ +x-\n");
        CliRun r = run("simulate", "sa", "--instance", f.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("bad.txt:5");
    }
}
