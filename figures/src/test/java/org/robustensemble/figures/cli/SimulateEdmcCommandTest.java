package org.robustensemble.figures.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** End-to-end tests of {@code re simulate edmc}, in-process. */
class SimulateEdmcCommandTest {

    private static final String HEADER =
            "algorithm,n,alpha,k,y,seed,solved,energy,sweeps,seconds,flips_per_second,bp_sweeps";

    private record Run(int code, String out, String err) {
        List<String> data() {
            return Arrays.stream(out.split("\n")).filter(l -> !l.startsWith("#") && !l.isEmpty())
                    .collect(Collectors.toList());
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Drops the timing columns (seconds, flips_per_second). */
    private static List<String> withoutTiming(List<String> rows) {
        return rows.stream().map(r -> {
            List<String> f = new ArrayList<>(Arrays.asList(r.split(",", -1)));
            f.remove(10);
            f.remove(9);
            return String.join(",", f);
        }).collect(Collectors.toList());
    }

    @Test
    void summaryRowsHaveTheContractColumnsAndDoNotDependOnThreads() {
        String[] base = {"simulate", "edmc", "--n", "101", "--alpha", "0.5", "--runs", "3", "--seed", "4"};
        Run serial = run(concat(base, "--threads", "1"));
        Run parallel = run(concat(base, "--threads", "2"));
        assertThat(serial.code()).as(serial.err()).isZero();
        assertThat(parallel.code()).as(parallel.err()).isZero();
        List<String> d = serial.data();
        assertThat(d).hasSize(4);
        assertThat(d.get(0)).isEqualTo(HEADER);
        for (int r = 1; r <= 3; r++) {
            String[] f = d.get(r).split(",");
            assertThat(f[0]).isEqualTo("edmc");
            assertThat(f[1]).isEqualTo("101");
            assertThat(f[4]).isEqualTo("inf");
            assertThat(f[5]).isEqualTo(String.valueOf(3 + r));
            assertThat(f[6]).isEqualTo("true");
            assertThat(f[7]).isEqualTo("0");
            assertThat(Long.parseLong(f[11])).isGreaterThan(Long.parseLong(f[8]));
        }
        assertThat(withoutTiming(parallel.data())).isEqualTo(withoutTiming(d));
        assertThat(serial.out()).contains("# proposal=disagree").contains("# y=inf");
        assertThat(serial.err()).contains("edmc seed=4 solved=true");
    }

    @Test
    void traceHasOneRowPerTrialFlip() {
        Run r = run("simulate", "edmc", "--n", "51", "--alpha", "0.4", "--seed", "2", "--trace", "--proposal", "random",
                "--y", "20", "--y-max", "200", "--rounds", "5", "--moves-per-round", "20");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> d = r.data();
        assertThat(d.get(0)).isEqualTo("seed,step,round,gamma,y,phi,s,energy,accepted,bp_sweeps");
        assertThat(d.size()).isGreaterThan(1).isLessThanOrEqualTo(101);
        for (int i = 1; i < d.size(); i++) {
            String[] f = d.get(i).split(",");
            assertThat(f[0]).isEqualTo("2");
            assertThat(Long.parseLong(f[1])).isEqualTo(i);
            assertThat(f[8]).isIn("true", "false");
        }
        // the summary goes to stderr; its move count is the number of trace rows
        assertThat(r.err()).contains("moves=" + (d.size() - 1) + " ");
    }

    @Test
    void badInputExitsWithCode2AndOneLine() {
        String[][] bad = {
            {"--n", "100", "--alpha", "0.5"},
            {"--n", "101", "--alpha", "-1"},
            {"--n", "101"},
            {"--n", "101", "--alpha", "0.5", "--y", "0"},
            {"--n", "101", "--alpha", "0.5", "--y", "inf", "--y-max", "5"},
            {"--n", "101", "--alpha", "0.5", "--y", "5", "--y-max", "2"},
            {"--n", "101", "--alpha", "0.5", "--rounds", "0"},
            {"--n", "101", "--alpha", "0.5", "--gamma0", "-0.1"},
            {"--n", "101", "--alpha", "0.5", "--epsilon", "0"},
            {"--n", "101", "--alpha", "0.5", "--damping", "1"},
            {"--n", "101", "--alpha", "0.5", "--proposal", "best"},
            {"--n", "101", "--alpha", "0.5", "--gamma-schedule", "geometric", "--gamma0", "0"},
        };
        for (String[] b : bad) {
            Run r = run(concat(new String[] {"simulate", "edmc"}, b));
            assertThat(r.code()).as(String.join(" ", b) + ": " + r.err()).isEqualTo(2);
            assertThat(r.err().lines().filter(l -> l.startsWith("re: error")).count()).isEqualTo(1);
            assertThat(r.out()).isEmpty();
        }
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
