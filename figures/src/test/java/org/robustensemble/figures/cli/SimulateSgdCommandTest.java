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

class SimulateSgdCommandTest {

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    /** Drops the seconds column (index 9) so rows can be compared across executions. */
    private static List<String> withoutSeconds(List<String> rows) {
        return rows.stream().map(r -> {
            String[] f = r.split(",", -1);
            f[9] = "";
            return String.join(",", f);
        }).collect(Collectors.toList());
    }

    @Test
    void replicatedRunsPrintOneRowEachAndSolveASmallInstance() {
        CliRun r = run("simulate", "sgd", "--n", "51", "--k", "3", "--alpha", "0.3", "--y", "3", "--batch", "10",
                "--gamma-step", "0.01", "--epochs", "300", "--seed", "5", "--runs", "3");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> d = r.data();
        assertThat(d.get(0)).isEqualTo("algorithm,n,k,alpha,y,seed,solved,errors,epochs,seconds");
        assertThat(d).hasSize(4);
        for (int i = 1; i <= 3; i++) {
            String[] f = d.get(i).split(",");
            assertThat(f[0]).isEqualTo("rsgd");
            assertThat(f[1]).isEqualTo("51");
            // the realised load M/(N K) = 46/153 (M = rint(0.3 * 153)); the requested one is a provenance line
            assertThat(f[3]).isEqualTo(CsvTable.num(46.0 / 153));
            assertThat(f[5]).isEqualTo(String.valueOf(4 + i));
            assertThat(f[6]).isEqualTo("true");
            assertThat(f[7]).isEqualTo("0");
        }
        assertThat(r.out()).contains("# lambda=0.75").contains("# coupling=tanh").contains("# alpha_requested=0.3")
                .contains("# m=46");
    }

    @Test
    void parallelRunsGiveTheSameRowsAsSerial() {
        String[] base = {"simulate", "sgd", "--n", "51", "--k", "3", "--alpha", "0.45", "--y", "3", "--batch", "10",
                "--epochs", "40", "--seed", "11", "--runs", "4"};
        CliRun serial = run(concat(base, "--threads", "1"));
        CliRun parallel = run(concat(base, "--threads", "3"));
        assertThat(serial.code()).isZero();
        assertThat(withoutSeconds(parallel.data())).isEqualTo(withoutSeconds(serial.data()));
    }

    @Test
    void plainSgdAndTraceRows() {
        CliRun r = run("simulate", "sgd", "--n", "31", "--k", "3", "--alpha", "0.3", "--epochs", "5", "--trace",
                "--batch", "7", "--y", "1");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> d = r.data();
        assertThat(d.get(0)).isEqualTo("seed,epoch,gamma,lambda,eta,reference_errors,min_replica_errors,mean_distance,errors_1");
        assertThat(d.get(1)).startsWith("1,0,");
        assertThat(r.out()).contains("# algorithm=sgd");
        assertThat(r.err()).contains("run 1/1");
    }

    @Test
    void teacherAddsTestErrors(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.csv");
        CliRun r = run("simulate", "sgd", "--n", "31", "--k", "3", "--alpha", "0.5", "--y", "3", "--batch", "10",
                "--epochs", "100", "--teacher", "--test-patterns", "500", "--coupling", "hard-tanh", "--out", file.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.startsWith("#")).collect(Collectors.toList());
        assertThat(lines.get(0)).endsWith(",seconds,test_error,reference_test_error");
        String[] f = lines.get(1).split(",");
        assertThat(f[0]).isEqualTo("rsgd-hard-tanh");
        double test = Double.parseDouble(f[10]);
        assertThat(test).isBetween(0.0, 1.0);
    }

    @Test
    void badInputExitsWithUsageCode() {
        CliRun even = run("simulate", "sgd", "--n", "30", "--k", "3", "--alpha", "0.3");
        assertThat(even.code()).isEqualTo(Main.EXIT_USAGE);
        assertThat(even.err()).contains("--n 30").doesNotContain("Exception");
        assertThat(run("simulate", "sgd", "--n", "31", "--k", "3", "--alpha", "-0.1").code()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run("simulate", "sgd", "--n", "31", "--k", "3", "--alpha", "0.3", "--y", "0").err()).contains("--y 0");
        assertThat(run("simulate", "sgd", "--n", "31", "--k", "3", "--alpha", "0.3", "--coupling", "x").code()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run("simulate", "sgd", "--n", "31", "--k", "3", "--alpha", "0.3", "--runs", "0").code()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run("simulate", "sgd", "--n", "31", "--k", "2", "--alpha", "0.3").code()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run("simulate", "sgd", "--n", "31", "--k", "3", "--alpha", "0.3", "--eta", "0").code()).isEqualTo(Main.EXIT_USAGE);
    }

    private static String[] concat(String[] a, String... b) {
        String[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
