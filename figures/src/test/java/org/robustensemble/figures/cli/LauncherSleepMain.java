package org.robustensemble.figures.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Stand-in application for {@link LauncherSignalTest}: creates the file named by its last argument (so the test
 * knows the JVM runs) and then waits up to a minute, as a long command would.
 */
public final class LauncherSleepMain {
    private LauncherSleepMain() {
    }

    public static void main(String[] args) throws Exception {
        Files.writeString(Path.of(args[args.length - 1]), "ready\n");
        Thread.sleep(60_000);
    }
}
