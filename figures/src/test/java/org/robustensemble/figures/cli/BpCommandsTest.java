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

class BpCommandsTest {

    private record Out(int code, String out, String err) {
        List<String> data() {
            return Arrays.stream(out.split("\n")).filter(l -> !l.startsWith("#") && !l.isBlank()).collect(Collectors.toList());
        }
    }

    private static Out run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int c = Main.run(new PrintWriter(o), new PrintWriter(e), args);
        return new Out(c, o.toString(), e.toString());
    }

    @Test
    void fbpSolvesASmallPerceptronAndPrintsTheContractColumns() {
        Out r = run("simulate", "fbp", "--n", "101", "--alpha", "0.3", "--seed", "3", "--damping", "0.5");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> d = r.data();
        assertThat(d.get(0)).isEqualTo("algorithm,n,alpha,k,protocol,seed,solved,errors,steps,sweeps,seconds,stopped_by");
        assertThat(d).hasSize(2);
        assertThat(d.get(1)).startsWith("fbp,101,").contains(",standard,3,true,0,");
    }

    @Test
    void errorCheckEverySweepEndsTheRunEarlier() {
        String[] base = {"simulate", "fbp", "--n", "201", "--alpha", "0.65", "--seed", "3", "--protocol", "pseudo",
            "--damping", "0.5"};
        Out step = run(base);
        String[] withSweep = Arrays.copyOf(base, base.length + 2);
        withSweep[base.length] = "--error-check";
        withSweep[base.length + 1] = "SWEEP";
        Out sweep = run(withSweep);
        assertThat(step.code()).as(step.err()).isZero();
        assertThat(sweep.code()).as(sweep.err()).isZero();
        assertThat(step.out()).contains("# error_check=STEP");
        assertThat(sweep.out()).contains("# error_check=SWEEP");
        String[] a = step.data().get(1).split(",");
        String[] b = sweep.data().get(1).split(",");
        assertThat(a[6]).isEqualTo("true");
        assertThat(b[6]).isEqualTo("true");
        assertThat(Long.parseLong(b[9])).isLessThan(Long.parseLong(a[9]));
        assertThat(run("simulate", "fbp", "--n", "51", "--alpha", "0.3", "--error-check", "NEVER").code()).isEqualTo(2);
    }

    @Test
    void traceHasOneRowPerStep() {
        Out r = run("simulate", "fbp", "--n", "51", "--alpha", "0.2", "--protocol", "pseudo", "--steps", "20", "--trace",
                "--damping", "0.5", "--run-to-end");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> d = r.data();
        assertThat(d.get(0)).isEqualTo("step,gamma,y,S,q,qtilde,free_entropy,sigma_int,errors,sweeps,converged");
        assertThat(d).hasSize(21);
    }

    @Test
    void parallelRunsGiveTheSameRowsAsSerialRuns() {
        Out a = run("simulate", "fbp", "--n", "51", "--alpha", "0.3", "--runs", "3", "--damping", "0.5");
        Out b = run("simulate", "fbp", "--n", "51", "--alpha", "0.3", "--runs", "3", "--jobs", "2", "--damping", "0.5");
        assertThat(a.code()).isZero();
        assertThat(b.code()).isZero();
        assertThat(strip(b.data())).isEqualTo(strip(a.data()));
    }

    private static List<String> strip(List<String> rows) {
        return rows.stream().map(BpCommandsTest::withoutSeconds).collect(Collectors.toList());
    }

    @Test
    void committeeWithTheDefaultProtocolAndTheSymmetryBreakingFlag() {
        String[] base = {"simulate", "fbp", "--n", "81", "--k", "3", "--alpha", "0.3", "--seed", "2", "--init-range", "0.1",
            "--max-iters", "1", "--damping", "0.5"};
        Out on = run(base);
        assertThat(on.code()).as(on.err()).isZero();
        assertThat(on.out()).contains("symmetryBreaking=0.1");
        assertThat(on.data().get(1)).startsWith("fbp,81,").contains(",3,standard,2,true,0,");
        String[] off = Arrays.copyOf(base, base.length + 2);
        off[base.length] = "--symmetry-breaking";
        off[base.length + 1] = "0";
        Out bare = run(off);
        assertThat(bare.code()).as(bare.err()).isZero();
        assertThat(bare.data().get(1)).contains(",3,standard,2,false,");
        assertThat(run("simulate", "fbp", "--n", "81", "--k", "3", "--alpha", "0.3", "--symmetry-breaking", "-1").code())
                .isEqualTo(2);
    }

    @Test
    void badParametersExitWithCodeTwo() {
        assertThat(run("simulate", "fbp", "--n", "100", "--alpha", "0.3").code()).isEqualTo(2);
        assertThat(run("simulate", "fbp", "--n", "101", "--alpha", "-1").code()).isEqualTo(2);
        assertThat(run("simulate", "fbp", "--n", "101", "--alpha", "0.3", "--protocol", "nope").code()).isEqualTo(2);
        assertThat(run("simulate", "fbp", "--n", "101", "--alpha", "0.3", "--protocol", "free", "--schedule", "1,0.5").code())
                .isEqualTo(2);
        assertThat(run("simulate", "fbp", "--n", "101", "--alpha", "0.3", "--damping", "1").code()).isEqualTo(2);
    }

    @Test
    void freeScheduleFromAFileRunsLikeTheSameScheduleInline(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("schedule.txt");
        Files.writeString(file, "# gamma,y\n0,3\n0.5,3\n1,3\ninf,inf\n");
        String[] base = {"simulate", "fbp", "--n", "101", "--alpha", "0.3", "--seed", "4", "--damping", "0.5",
                "--protocol", "free", "--schedule"};
        Out fromFile = run(concat(base, "@" + file));
        Out inline = run(concat(base, "0,3;0.5,3;1,3;inf,inf"));
        assertThat(fromFile.code()).as(fromFile.err()).isZero();
        assertThat(inline.code()).as(inline.err()).isZero();
        assertThat(withoutSeconds(fromFile.data().get(1))).isEqualTo(withoutSeconds(inline.data().get(1)));
        assertThat(fromFile.data().get(1)).startsWith("fbp,101,").contains(",1,free,4,");
        assertThat(run(concat(base, "@" + dir.resolve("missing.txt"))).code()).isEqualTo(2);
    }

    @Test
    void twoThreadsPrintTheSameRunsAsOne() {
        String[] trace = {"simulate", "fbp", "--n", "201", "--alpha", "0.6", "--seed", "3", "--protocol", "pseudo",
                "--damping", "0.5", "--trace", "--threads"};
        Out one = run(concat(trace, "1"));
        Out two = run(concat(trace, "2"));
        assertThat(one.code()).as(one.err()).isZero();
        assertThat(two.code()).as(two.err()).isZero();
        assertThat(one.data()).hasSizeGreaterThan(3);
        assertThat(two.data()).isEqualTo(one.data());
        String[] runs = {"simulate", "fbp", "--n", "201", "--alpha", "0.6", "--seed", "3", "--runs", "2",
                "--protocol", "pseudo", "--damping", "0.5", "--threads"};
        Out r1 = run(concat(runs, "1"));
        Out r2 = run(concat(runs, "2"));
        assertThat(r2.data()).hasSize(3);
        for (int i = 1; i < 3; i++) {
            assertThat(withoutSeconds(r2.data().get(i))).isEqualTo(withoutSeconds(r1.data().get(i)));
        }
    }

    private static String[] concat(String[] a, String last) {
        String[] r = java.util.Arrays.copyOf(a, a.length + 1);
        r[a.length] = last;
        return r;
    }

    /** The row without its {@code seconds} field (the 11th of a run row; the header keeps it). */
    static String withoutSeconds(String row) {
        if (row.startsWith("algorithm,")) {
            return row;
        }
        List<String> f = new java.util.ArrayList<>(Arrays.asList(row.split(",", -1)));
        f.remove(10);
        return String.join(",", f);
    }

    @Test
    void localEntropyAroundASavedSolution(@TempDir Path dir) throws Exception {
        Path inst = dir.resolve("inst.txt");
        Path w = dir.resolve("w.txt");
        Out r = run("simulate", "fbp", "--n", "101", "--alpha", "0.3", "--seed", "2", "--damping", "0.5",
                "--save-instance", inst.toString(), "--save-weights", w.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.exists(inst)).isTrue();
        Out le = run("measure", "local-entropy", "--instance", inst.toString(), "--reference", w.toString(),
                "--gamma-grid", "2,1,0.5");
        assertThat(le.code()).as(le.err()).isZero();
        List<String> d = le.data();
        assertThat(d.get(0)).isEqualTo("gamma,S,d,free_entropy,local_entropy,converged");
        assertThat(d).hasSize(4);
        for (String row : d.subList(1, 4)) {
            String[] f = row.split(",");
            double dist = Double.parseDouble(f[2]);
            double loc = Double.parseDouble(f[4]);
            // local entropy never exceeds the binary entropy of the distance
            double h2 = -dist * Math.log(dist) - (1 - dist) * Math.log(1 - dist);
            assertThat(loc).isLessThanOrEqualTo(h2 + 1e-9);
        }
        assertThat(run("measure", "local-entropy", "--instance", inst.toString(), "--reference", w.toString(),
                "--gamma-grid", "a,b").code()).isEqualTo(2);
    }
}
