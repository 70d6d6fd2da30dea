package org.robustensemble.figures.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code simulate fbp}'s defaults that finish (per machine type), the total sweep budget and its stop reason, runs
 * on all cores by default, and the memory estimate before allocation (simulation/docs/bp.md, "Defaults of simulate
 * fbp").
 */
class FbpDefaultsTest {

    private record Out(int code, String out, String err) {
        List<String> data() {
            return Arrays.stream(out.split("\n")).filter(l -> !l.startsWith("#") && !l.isBlank()).collect(Collectors.toList());
        }

        String meta(String key) {
            return Arrays.stream(out.split("\n")).filter(l -> l.startsWith("# " + key + "=")).findFirst()
                    .map(l -> l.substring(key.length() + 3)).orElse(null);
        }

        /** @return field i of data row r (1 = first row after the header) */
        String field(int r, int i) {
            return data().get(r).split(",")[i];
        }
    }

    private static Out run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int c = Main.run(new PrintWriter(o), new PrintWriter(e), args);
        return new Out(c, o.toString(), e.toString());
    }

    private static String[] with(String[] a, String... more) {
        String[] r = Arrays.copyOf(a, a.length + more.length);
        System.arraycopy(more, 0, r, a.length, more.length);
        return r;
    }

    @Test
    void perceptronDefaultsAreDampedAndSolve(@TempDir Path dir) {
        Out r = run("simulate", "fbp", "--n", "101", "--alpha", "0.6", "--seed", "1");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.meta("bp")).contains("epsilon=0.001, maxIters=1000, damping=0.5, initRange=0.01");
        assertThat(r.meta("max_sweeps")).isEqualTo("2000");
        assertThat(r.field(1, 6)).isEqualTo("true");
        assertThat(r.field(1, 11)).isEqualTo("solved");
        // an option given by the user wins over the default
        Out undamped = run("simulate", "fbp", "--n", "101", "--alpha", "0.6", "--seed", "1", "--damping", "0",
                "--max-sweeps", "300");
        assertThat(undamped.code()).as(undamped.err()).isZero();
        assertThat(undamped.meta("bp")).contains("damping=0.0");
        // the probe keeps the authors' defaults
        Path inst = dir.resolve("i.txt");
        Path w = dir.resolve("w.txt");
        assertThat(run("simulate", "fbp", "--n", "51", "--alpha", "0.3", "--save-instance", inst.toString(),
                "--save-weights", w.toString()).code()).isZero();
        Out probe = run("measure", "local-entropy", "--instance", inst.toString(), "--reference", w.toString(),
                "--gamma-grid", "1");
        assertThat(probe.code()).as(probe.err()).isZero();
        assertThat(probe.meta("bp")).contains("maxIters=1000, damping=0.0, initRange=0.01");
    }

    @Test
    void committeeDefaultsAreTheAuthorsExample() {
        Out r = run("simulate", "fbp", "--n", "41", "--k", "3", "--alpha", "0.3", "--seed", "1");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.meta("bp")).contains("maxIters=1, damping=0.5, initRange=0.1");
        assertThat(r.field(1, 6)).isEqualTo("true");
        assertThat(Long.parseLong(r.field(1, 9))).isLessThanOrEqualTo(100); // one sweep per step
    }

    /**
     * Below the budget a run is the unbounded one (same row); a budget of half its sweeps ends it there, unsolved,
     * with stopped_by = sweep_budget; an unsolvable instance (alpha = 1.2) stops at exactly the budget.
     */
    @Test
    void theSweepBudgetEndsARunAndTheRowSaysSo() {
        String[] base = {"simulate", "fbp", "--n", "101", "--alpha", "0.6", "--seed", "2", "--protocol", "pseudo"};
        Out free = run(with(base, "--max-sweeps", "1000000"));
        assertThat(free.code()).as(free.err()).isZero();
        int used = Integer.parseInt(free.field(1, 9));
        Out exact = run(with(base, "--max-sweeps", "" + used));
        assertThat(BpCommandsTest.withoutSeconds(exact.data().get(1)))
                .isEqualTo(BpCommandsTest.withoutSeconds(free.data().get(1)));
        Out cut = run(with(base, "--max-sweeps", "" + used / 2));
        assertThat(cut.code()).as(cut.err()).isZero();
        assertThat(cut.field(1, 6)).isEqualTo("false");
        assertThat(cut.field(1, 9)).isEqualTo("" + used / 2);
        assertThat(cut.field(1, 11)).isEqualTo("sweep_budget");
        Out hard = run("simulate", "fbp", "--n", "51", "--alpha", "1.2", "--seed", "1", "--max-sweeps", "300");
        assertThat(hard.code()).as(hard.err()).isZero();
        assertThat(hard.field(1, 9)).isEqualTo("300");
        assertThat(hard.field(1, 11)).isEqualTo("sweep_budget");
        Out end = run("simulate", "fbp", "--n", "51", "--alpha", "1.2", "--seed", "1", "--max-iters", "2",
                "--steps", "10");
        assertThat(end.field(1, 11)).isEqualTo("protocol_end");
        Out trace = run("simulate", "fbp", "--n", "51", "--alpha", "1.2", "--seed", "1", "--max-sweeps", "77", "--trace");
        assertThat(trace.code()).as(trace.err()).isZero();
        assertThat(trace.meta("stopped_by")).isEqualTo("sweep_budget");
        assertThat(trace.data().stream().skip(1).mapToInt(l -> Integer.parseInt(l.split(",")[9])).sum()).isEqualTo(77);
        assertThat(run(with(base, "--max-sweeps", "0")).code()).isEqualTo(2);
    }

    @Test
    void runsUseAllCoresByDefaultWithTheRowsOfOneThread() {
        String[] base = {"simulate", "fbp", "--n", "51", "--alpha", "0.5", "--seed", "5", "--runs", "3"};
        Out all = run(base);
        Out one = run(with(base, "--jobs", "1"));
        assertThat(all.code()).as(all.err()).isZero();
        assertThat(all.meta("jobs")).isEqualTo("" + Runtime.getRuntime().availableProcessors());
        assertThat(one.meta("jobs")).isEqualTo("1");
        assertThat(all.data()).hasSize(4);
        for (int i = 0; i < 4; i++) {
            assertThat(BpCommandsTest.withoutSeconds(all.data().get(i)))
                    .isEqualTo(BpCommandsTest.withoutSeconds(one.data().get(i)));
        }
    }

    /** Sizes beyond the heap are refused before anything is allocated, with the bytes needed and the heap. */
    @Test
    void sizesBeyondTheHeapAreRefusedWithTheBytesNeeded() {
        Out huge = run("simulate", "fbp", "--n", "1000000001", "--alpha", "0.6");
        assertThat(huge.code()).isEqualTo(2);
        assertThat(huge.out()).isEmpty();
        assertThat(huge.err().strip().lines()).hasSize(1);
        assertThat(huge.err()).contains("M = 600000001 needs about ").contains("max heap " + Runtime.getRuntime().maxMemory());
        double bytes = Double.parseDouble(huge.err().replaceAll("(?s).*needs about ([0-9]+) bytes.*", "$1"));
        assertThat(bytes).isGreaterThan(8.0 * 600000001 * 1000000001); // the messages alone
        // 64 runs at once of 1.9 GB each
        Out many = run("simulate", "fbp", "--n", "20001", "--alpha", "0.6", "--runs", "64", "--jobs", "64");
        assertThat(many.code()).isEqualTo(2);
        assertThat(many.err()).contains("64 run(s) at a time");
    }

    /** The authors' committee example (N = 321, K = 5, alpha = 0.3, seed 135) with the defaults: it ran over 10 minutes. */
    @Test
    @Tag("slow")
    void theAuthorsCommitteeExampleFinishesWithTheDefaults() {
        Out r = run("simulate", "fbp", "--n", "321", "--k", "5", "--alpha", "0.3", "--seed", "135");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Long.parseLong(r.field(1, 9))).isLessThanOrEqualTo(100);
    }
}
