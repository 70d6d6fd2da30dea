package org.robustensemble.figures.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./re} launcher passes a kill on to the JVM: after SIGTERM (what {@code timeout} sends) or SIGINT to
 * the launcher no java process is left, on the class-data-sharing recording path (the first run of a command,
 * where the JVM is a child of the launcher) and on the plain {@code exec} path. The launcher runs on a copy of the
 * repository layout whose {@code figures/target/re.jar} holds only {@link LauncherSleepMain}, a JVM that waits.
 */
class LauncherSignalTest {

    private static Path layout(Path dir) throws Exception {
        Path script = Path.of("..", "re").toAbsolutePath().normalize();
        Path re = dir.resolve("re");
        Files.copy(script, re);
        Files.setPosixFilePermissions(re, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path target = Files.createDirectories(dir.resolve("figures").resolve("target"));
        Manifest mf = new Manifest();
        mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        mf.getMainAttributes().put(Attributes.Name.MAIN_CLASS, LauncherSleepMain.class.getName());
        String entry = LauncherSleepMain.class.getName().replace('.', '/') + ".class";
        try (OutputStream os = Files.newOutputStream(target.resolve("re.jar"));
             JarOutputStream jar = new JarOutputStream(os, mf);
             InputStream cls = LauncherSleepMain.class.getClassLoader().getResourceAsStream(entry)) {
            jar.putNextEntry(new JarEntry(entry));
            cls.transferTo(jar);
            jar.closeEntry();
        }
        return re;
    }

    /** Starts the launcher, waits until its JVM runs, sends {@code signal} to the launcher, returns its exit code. */
    private static int killLauncher(Path dir, String signal, boolean cds) throws Exception {
        Path re = layout(dir);
        Path ready = dir.resolve("ready");
        ProcessBuilder pb = new ProcessBuilder(re.toString(), "simulate", "sa", ready.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile());
        pb.environment().remove("RE_JAVA_OPTS");
        pb.environment().put("RE_CDS", cds ? "1" : "0");
        Process p = pb.start();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(ready) && System.nanoTime() < until && p.isAlive()) {
            Thread.sleep(20);
        }
        assertThat(ready).as("the launched JVM started").exists();
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).inheritIO().start();
        assertThat(kill.waitFor()).isZero();
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).as("the launcher ended").isTrue();
        // the JVM (which has the temporary directory on its command line) must be gone as well
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        List<ProcessHandle> left;
        do {
            left = ProcessHandle.allProcesses().filter(h -> h.info().commandLine().orElse("").contains(dir.toString()))
                    .toList();
            if (left.isEmpty()) {
                break;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        left.forEach(ProcessHandle::destroyForcibly);
        assertThat(left).as("java processes left behind").isEmpty();
        try (var files = Files.list(dir.resolve("figures").resolve("target"))) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(f -> f.contains(".jsa")).toList())
                    .as("a killed run records no class-data archive").isEmpty();
        }
        return p.exitValue();
    }

    @Test
    void sigtermOnTheArchiveRecordingPathEndsTheJvm(@TempDir Path dir) throws Exception {
        assertThat(killLauncher(dir, "TERM", true)).isEqualTo(143);
    }

    @Test
    void sigintOnTheArchiveRecordingPathEndsTheJvm(@TempDir Path dir) throws Exception {
        assertThat(killLauncher(dir, "INT", true)).isNotZero();
    }

    @Test
    void sigtermOnThePlainPathEndsTheJvm(@TempDir Path dir) throws Exception {
        assertThat(killLauncher(dir, "TERM", false)).isEqualTo(143);
    }

    /** Runs the launcher until its JVM is up, ends it, and returns what the launcher printed. */
    private static String launcherOutput(Path dir, Path re) throws Exception {
        Path ready = dir.resolve("ready");
        Path log = dir.resolve("log");
        ProcessBuilder pb = new ProcessBuilder(re.toString(), "simulate", "sa", ready.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().remove("RE_JAVA_OPTS");
        pb.environment().put("RE_CDS", "0");
        Process p = pb.start();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(ready) && System.nanoTime() < until && p.isAlive()) {
            Thread.sleep(20);
        }
        p.destroy();
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).as("the launcher ended").isTrue();
        return Files.readString(log);
    }

    @Test
    void aSourceNewerThanTheJarIsReportedOnStderr(@TempDir Path dir) throws Exception {
        Path re = layout(dir);
        Path source = Files.createDirectories(dir.resolve("analytic/src/main/java")).resolve("Model.java");
        Files.writeString(source, "class Model {}");
        Path jar = dir.resolve("figures/target/re.jar");
        java.nio.file.attribute.FileTime built = Files.getLastModifiedTime(jar);
        Files.setLastModifiedTime(source, java.nio.file.attribute.FileTime.fromMillis(built.toMillis() - 60_000));
        assertThat(launcherOutput(dir, re)).as("sources older than the jar").doesNotContain("older than the sources");
        Files.delete(dir.resolve("ready"));
        Files.setLastModifiedTime(source, java.nio.file.attribute.FileTime.fromMillis(built.toMillis() + 60_000));
        assertThat(launcherOutput(dir, re)).contains("re: warning:").contains("older than the sources");
    }
}
