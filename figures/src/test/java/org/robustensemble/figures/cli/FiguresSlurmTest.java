package org.robustensemble.figures.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code re figures slurm} against a real single-node SLURM ({@code figures/slurm/single-node.sh}, Debian's
 * slurm-wlm): the generated script submits a job array of shards and a dependent merge job; the merged figures are
 * byte-identical to a local run. Tag {@code slurm}: runs only with {@code -Pslurm} (needs root and slurm-wlm).
 */
@Tag("slurm")
class FiguresSlurmTest {
    private static final Path SCRIPT = Path.of("slurm", "single-node.sh").toAbsolutePath();

    @TempDir
    static Path tmp;

    private static String slurmConf;

    @BeforeAll
    static void startCluster() throws Exception {
        Process p = new ProcessBuilder("bash", SCRIPT.toString(), "start").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        Matcher m = Pattern.compile("export SLURM_CONF=(\\S+)").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        slurmConf = m.group(1);
    }

    @AfterAll
    static void stopCluster() throws Exception {
        new ProcessBuilder("bash", SCRIPT.toString(), "stop").inheritIO().start().waitFor(60, TimeUnit.SECONDS);
    }

    private static String sh(List<String> cmd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("SLURM_CONF", slurmConf);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(cmd + ": " + out).isZero();
        return out;
    }

    /** The classpath of this JVM as real entries (surefire may run from a manifest-only booter jar). */
    private static String classpath() throws IOException {
        String cp = System.getProperty("java.class.path");
        if (!cp.contains(File.pathSeparator) && cp.endsWith(".jar")) {
            try (java.util.jar.JarFile jar = new java.util.jar.JarFile(cp)) {
                String entries = jar.getManifest().getMainAttributes().getValue("Class-Path");
                if (entries != null) {
                    StringBuilder sb = new StringBuilder();
                    for (String e : entries.trim().split("\\s+")) {
                        if (sb.length() > 0) {
                            sb.append(File.pathSeparator);
                        }
                        sb.append(Path.of(java.net.URI.create(e.startsWith("file:") ? e : "file:" + e)).toString());
                    }
                    return sb.toString();
                }
            }
        }
        return cp;
    }

    @Test
    void anArrayJobAndItsMergeGiveTheLocalRun() throws Exception {
        Path local = tmp.resolve("local");
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "figures", "make", "few-bits",
                "sgd", "--size", "quick", "--out", local.toString(), "--jobs", "2");
        assertThat(code).as(err.toString()).isZero();

        Path cluster = tmp.resolve("cluster");
        Path job = tmp.resolve("figures.sbatch");
        String re = Path.of(System.getProperty("java.home"), "bin", "java") + " -cp " + classpath() + " "
                + Main.class.getName();
        code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "figures", "slurm", "few-bits", "sgd",
                "--array", "3", "--size", "quick", "--out", cluster.toString(), "--script", job.toString(), "--re", re);
        assertThat(code).as(err.toString()).isZero();
        String submitted = sh(List.of("bash", job.toString()));
        Matcher m = Pattern.compile("submitted array job (\\d+) .* merge job (\\d+)").matcher(submitted);
        assertThat(m.find()).as(submitted).isTrue();
        String merge = m.group(2);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(15);
        while (System.nanoTime() < deadline && !sh(List.of("squeue", "-h", "-o", "%i", "-j", merge)).isBlank()) {
            Thread.sleep(2000);
        }
        String log = Files.exists(cluster.resolve("logs/merge.log"))
                ? Files.readString(cluster.resolve("logs/merge.log")) : "(no merge log)";
        for (String f : List.of("few-bits.csv", "sgd.csv")) {
            assertThat(cluster.resolve(f)).as(log).exists();
            assertThat(Files.readAllBytes(cluster.resolve(f))).as(f).isEqualTo(Files.readAllBytes(local.resolve(f)));
        }
        for (int k = 1; k <= 3; k++) {
            assertThat(cluster.resolve("shard-" + k).resolve("sgd.tasks")).isDirectory();
        }
        assertThat(cluster.resolve("index.md")).exists();
    }
}
