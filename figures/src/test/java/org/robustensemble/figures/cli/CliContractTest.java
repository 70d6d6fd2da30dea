package org.robustensemble.figures.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The command-line contract, through the CLI: output files are never harmed (devices written through, links and
 * modes kept, nothing created on the way), write errors and bad paths are reported before or instead of silent
 * success, ignored options are refused, one range syntax, memory refused up front, messages name the option
 * typed, help states every default, and rows are streamed.
 */
class CliContractTest {

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static final String[] SA = {"simulate", "sa", "--n", "51", "--alpha", "0.3", "--seed", "2"};

    private static String[] with(String[] a, String... b) {
        String[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    /** Bad input: exit 2 and exactly one line on stderr, containing {@code text}. */
    private static void refused(CliRun r, String text) {
        assertThat(r.code()).as(r.err()).isEqualTo(Main.EXIT_USAGE);
        assertThat(r.err().strip().split("\n")).as(r.err()).hasSize(1);
        assertThat(r.err()).contains(text).doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
    }

    // ---- --out and the other output files

    @Test
    void outWritesThroughADeviceInsteadOfReplacingIt() {
        Path dev = Path.of("/dev/null");
        CliRun r = run(with(SA, "--out", dev.toString()));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.isRegularFile(dev)).isFalse();
        assertThat(Files.exists(dev)).isTrue();
    }

    /** @return a link {@code link} (relative) to a new file {@code target} with the given mode */
    private static Path linkToFileWithMode(Path dir, String link, String target, String mode) throws IOException {
        Path t = dir.resolve(target);
        Files.writeString(t, "old\n");
        Files.setPosixFilePermissions(t, PosixFilePermissions.fromString(mode));
        return Files.createSymbolicLink(dir.resolve(link), Path.of(target));
    }

    @Test
    void outFollowsASymlinkAndKeepsTheModeOfAnExistingFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("target.csv");
        Path link = linkToFileWithMode(dir, "link.csv", "target.csv", "rw-r-----");
        CliRun r = run(with(SA, "--out", link.toString()));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target)).startsWith("# re_version=").contains("sa,51,");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r-----");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly("link.csv",
                    "target.csv");
        }
    }

    @Test
    void savedFilesKeepLinksAndModesAndRefuseDevices(@TempDir Path dir) throws Exception {
        Path inst = dir.resolve("inst.txt");
        Path link = linkToFileWithMode(dir, "link.txt", "inst.txt", "rw-rw-r--");
        Path weights = dir.resolve("w.txt");
        Path reference = Files.createFile(dir.resolve("reference"));
        CliRun r = run("simulate", "fbp", "--n", "21", "--alpha", "0.3", "--damping", "0.5", "--save-instance",
                link.toString(), "--save-weights", weights.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(inst)).startsWith("# robust-ensemble instance v1");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(inst))).isEqualTo("rw-rw-r--");
        assertThat(Files.getPosixFilePermissions(weights)).isEqualTo(Files.getPosixFilePermissions(reference));
        assertThat(run(with(SA, "--save-instance", link.toString())).code()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        refused(run("simulate", "fbp", "--n", "21", "--alpha", "0.3", "--save-weights", "/dev/null"), "not a regular file");
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
    }

    @Test
    void aNewOutFileGetsTheUmaskModeNot0600(@TempDir Path dir) throws Exception {
        Path reference = Files.createFile(dir.resolve("reference"));
        Path out = dir.resolve("new.csv");
        assertThat(run(with(SA, "--out", out.toString())).code()).isZero();
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(reference));
    }

    @Test
    void outputPathsAreCheckedBeforeAnyWorkAndNothingIsCreated(@TempDir Path dir) {
        Path missing = dir.resolve("no").resolve("such").resolve("out.csv");
        refused(run(with(SA, "--out", missing.toString())), "does not exist");
        assertThat(Files.exists(dir.resolve("no"))).isFalse();
        refused(run(with(SA, "--out", dir.toString())), "is a directory");
        refused(run(with(SA, "--save-instance", missing.toString())), "--save-instance");
        refused(run("simulate", "fbp", "--n", "101", "--alpha", "0.3", "--save-weights", "/proc/x/w.txt"), "/proc/x");
        refused(run("simulate", "fbp", "--n", "101", "--alpha", "0.3", "--save-messages", missing.toString()),
                "--save-messages");
    }

    @Test
    void outputDirectoriesAreCheckedLikeFiles(@TempDir Path dir) throws Exception {
        OutputOptions.WritableDirectory c = new OutputOptions.WritableDirectory();
        assertThat(c.convert(dir.toString())).isEqualTo(dir);
        assertThat(c.convert(dir.resolve("new").toString())).isEqualTo(dir.resolve("new"));
        assertThat(Files.exists(dir.resolve("new"))).isFalse();
        assertThatThrownBy(() -> c.convert(dir.resolve("a").resolve("b").toString())).hasMessageContaining("does not exist");
        Path file = Files.createFile(dir.resolve("file"));
        assertThatThrownBy(() -> c.convert(file.toString())).hasMessageContaining("is not a directory");
    }

    @Test
    void aFailedWriteToStdoutIsExit1WithOneLine() throws Exception {
        for (String[] args : List.of(SA, new String[] {"simulate", "sa", "--help"})) {
            StringWriter err = new StringWriter();
            try (PrintWriter full = new PrintWriter(new FileOutputStream("/dev/full"))) {
                int code = Main.run(full, new PrintWriter(err), args);
                assertThat(code).as(err.toString()).isEqualTo(1);
            }
            assertThat(err.toString().strip().split("\n")).hasSize(1);
            assertThat(err.toString()).contains("cannot write");
        }
        // a writer that fails after the header: the run stops at the first row it cannot write
        Writer failing = new Writer() {
            private int written;

            @Override
            public void write(char[] c, int off, int len) throws IOException {
                written += len;
                if (written > 400) {
                    throw new IOException("No space left on device");
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(failing), new PrintWriter(err), with(SA, "--runs", "5", "--threads", "1"));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("re: i/o error: cannot write the CSV to standard output");
    }

    // ---- options that would be ignored, input files, messages

    @Test
    void optionsThatWouldBeIgnoredAreRefused(@TempDir Path dir) throws Exception {
        Path inst = dir.resolve("inst.txt");
        assertThat(run(with(SA, "--save-instance", inst.toString())).code()).isZero();
        refused(run("simulate", "fbp", "--instance", inst.toString(), "--n", "201", "--alpha", "0.9", "--k", "3",
                "--teacher"), "--n, --alpha, --k, --teacher are only used without --instance");
        refused(run("simulate", "sa", "--instance", inst.toString(), "--alpha", "0.5"), "--alpha is only used without --instance");
        refused(run("simulate", "rsa", "--instance", inst.toString(), "--teacher"), "--teacher");
        refused(run("simulate", "fbp", "--n", "101", "--alpha", "0.3", "--schedule", "1,2"), "--schedule is only used with --protocol free");
        refused(run("simulate", "fbp", "--n", "101", "--alpha", "0.3", "--y", "5"), "--y is only used with --protocol scoping");
        refused(run("simulate", "fbp", "--n", "101", "--alpha", "0.3", "--protocol", "pseudo", "--gamma-max", "3"),
                "--gamma-max");
        refused(run("simulate", "fbp", "--n", "101", "--alpha", "0.3", "--protocol", "free", "--schedule", "1,2",
                "--steps", "5"), "--steps");
        refused(run(with(SA, "--trace", "--details")), "--details is only used without --trace");
        refused(run("simulate", "sgd", "--n", "51", "--k", "3", "--alpha", "0.3", "--test-patterns", "10"),
                "--test-patterns is only used with --teacher");
        refused(run("simulate", "sgd", "--n", "51", "--k", "3", "--alpha", "0.3", "--gamma", "0.1", "--coupling", "explicit"),
                "--gamma, --coupling are only used with replicas");
        refused(run("simulate", "sgd", "--n", "51", "--k", "3", "--alpha", "0.3", "--independent-init"), "--independent-init");
    }

    @Test
    void messagesNameTheOptionAsTyped() {
        refused(run("theory", "fp", "--alpha", "0.6", "--d", "0.1", "--kappa-ref", "-3"), "--kappa-ref -3 is out of range");
        refused(run("simulate", "rsa", "--n", "51", "--alpha", "0.3", "--gamma0", "-1"), "--gamma0 -1 is out of range");
        refused(run("simulate", "rsa", "--n", "51", "--alpha", "0.3", "--gamma-max", "-1"), "--gamma-max -1");
        refused(run(with(SA, "--beta0", "0")), "--beta0 0 is out of range");
        refused(run(with(SA, "--beta-schedule", "geometric", "--beta-rate", "0.5")), "--beta-rate 0.5 is out of range");
        refused(run("simulate", "sgd", "--n", "101", "--k", "1", "--alph", "0.5"), "Unknown option: '--alph' (did you mean '--alpha'?)");
        refused(run("theory", "gardner", "--alpha", "0.5", "--weights", "0,1"), "1 has no -1");
        refused(run("simulate", "sa", "--instance", "nope.txt"), "nope.txt: no such file");
        refused(run("measure", "local-entropy", "--instance", "nope.txt", "--reference", "nope.txt"), "no such file");
        refused(run(with(SA, "--bogus")), "Unknown option: '--bogus'");
        refused(run("simulate", "sgd", "--n", "31", "--k", "3", "--alpha", "0.3", "--batch", "0"), "--batch 0 is out of range");
        refused(run("simulate", "sgd", "--n", "31", "--k", "3", "--alpha", "0.3", "--eta", "0"), "--eta 0 is out of range");
        refused(run("simulate", "sgd", "--n", "31", "--k", "3", "--alpha", "0.3", "--y", "3", "--gamma-step", "-1"),
                "--gamma-step -1 is out of range");
        refused(run("validate", "local-entropy", "--y-low", "0.5"), "--y-low 0.5 is out of range");
        refused(run("bench", "jmh", "--bogus"), "bogus is not a recognized option");
    }

    @Test
    void noCommandIsExit2WithTheUsage() {
        for (String[] args : List.of(new String[0], new String[] {"simulate"}, new String[] {"theory"})) {
            CliRun r = run(args);
            assertThat(r.code()).isEqualTo(Main.EXIT_USAGE);
            assertThat(r.err()).startsWith("re: error: ").contains("Usage: re");
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void validateSaysWhyItFailed() {
        CliRun r = run("validate", "local-entropy", "--n", "101", "--alpha", "0.9");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("did not solve the instance at --n 101 --alpha 0.9");
        assertThat(r.out()).contains("# fbp_solved=false").contains("# alpha_requested=0.9").contains("# m=91");
    }

    // ---- ranges

    @Test
    void oneRangeSyntaxWithSignedSteps() {
        assertThat(Args.numbers("0:0.2:4", "--x")).hasSize(21).startsWith(0.0, 0.2).endsWith(4.0);
        assertThat(Args.numbers("4:-1:0", "--x")).containsExactly(4, 3, 2, 1, 0);
        assertThat(Args.numbers("0.5:0.1:0.5,1", "--x")).containsExactly(0.5, 1);
        assertThatThrownBy(() -> Args.numbers("0:-0.2:4", "--x")).hasMessageContaining("a positive step is needed");
        assertThatThrownBy(() -> Args.numbers("4:0.2:0", "--x")).hasMessageContaining("a negative step is needed");
        assertThatThrownBy(() -> Args.numbers("0:0:4", "--x")).hasMessageContaining("does not lead from 0 to 4");
        assertThat(MeasureLocalEntropyCommand.parseGrid("0:0.2:4")).hasSize(21);
        assertThat(MeasureLocalEntropyCommand.parseGrid("3:-1:1")).containsExactly(3, 2, 1);
    }

    @Test
    void measureReadsTheSameRangesAndAWrongStepIsExit2(@TempDir Path dir) {
        Path inst = dir.resolve("inst.txt");
        Path w = dir.resolve("w.txt");
        CliRun fbp = run("simulate", "fbp", "--n", "21", "--alpha", "0.3", "--seed", "2", "--damping", "0.5",
                "--save-instance", inst.toString(), "--save-weights", w.toString());
        assertThat(fbp.code()).as(fbp.err()).isZero();
        CliRun m = run("measure", "local-entropy", "--instance", inst.toString(), "--reference", w.toString(), "--gamma-grid",
                "2:-0.5:0");
        assertThat(m.code()).as(m.err()).isZero();
        assertThat(m.data()).hasSize(6);
        assertThat(m.data().get(1)).startsWith("2,");
        assertThat(m.data().get(5)).startsWith("0,");
        refused(run("measure", "local-entropy", "--instance", inst.toString(), "--reference", w.toString(), "--gamma-grid",
                "0:-0.2:4"), "a positive step is needed");
    }

    // ---- memory

    @Test
    void sizesBeyondMemoryAreRefusedUpFront() {
        refused(run("simulate", "sa", "--n", "200001", "--alpha", "1"), "more than the 2^31 a Java array can hold");
        refused(run("simulate", "rsa", "--n", "101", "--alpha", "0.3", "--y", "1000000000"), "--y 1000000000");
        refused(run("simulate", "rsa", "--n", "1001", "--alpha", "0.3", "--y", "2000000"), "of memory, more than the");
        refused(run("simulate", "sgd", "--n", "101", "--k", "1", "--alpha", "0.3", "--y", "100000000"), "of memory");
        refused(run("simulate", "sgd", "--n", "100001", "--k", "1", "--alpha", "100"), "--n 100001");
        refused(run("validate", "local-entropy", "--n", "100001", "--alpha", "0.8"), "--n 100001 --alpha 0.8");
        long max = Runtime.getRuntime().maxMemory();
        assertThatThrownBy(() -> Args.requireMemory(max, "this")).hasMessageContaining("this needs about");
        Args.requireMemory(0.5 * max, "half of it"); // fits
    }

    @Test
    void runPoolKeepsABoundedNumberOfRunsInFlight() {
        AtomicInteger started = new AtomicInteger();
        AtomicInteger maxAhead = new AtomicInteger();
        AtomicInteger doneCount = new AtomicInteger();
        RunPool.forEach(20_000, 2, r -> {
            started.incrementAndGet();
            maxAhead.accumulateAndGet(started.get() - doneCount.get(), Math::max);
            return r;
        }, (o, r) -> {
            assertThat(o).isEqualTo(r);
            doneCount.incrementAndGet();
        });
        assertThat(doneCount.get()).isEqualTo(20_000);
        assertThat(maxAhead.get()).isLessThanOrEqualTo(5);
    }

    // ---- help

    @Test
    void everyOptionInEveryHelpStatesItsDefaultOrThatItIsRequired() {
        CommandLine whole = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        List<String> missing = new ArrayList<>();
        for (CommandLine group : whole.getSubcommands().values()) {
            assertThat(HelpText.summary(group.getCommandSpec())).endsWith(".");
            for (CommandLine leaf : group.getSubcommands().values()) {
                String summary = HelpText.summary(leaf.getCommandSpec());
                assertThat(summary).as(leaf.getCommandSpec().qualifiedName()).matches("(?s).*[.)]$");
                HelpText help = new HelpText(leaf.getCommandSpec(), CommandLine.Help.defaultColorScheme(
                        CommandLine.Help.Ansi.OFF));
                CommandLine.Help.IOptionRenderer renderer = help.createDefaultOptionRenderer();
                for (OptionSpec o : leaf.getCommandSpec().options()) {
                    if (o.usageHelp() || o.versionHelp()) {
                        continue;
                    }
                    // the option's entry as the help prints it
                    StringBuilder entry = new StringBuilder();
                    for (CommandLine.Help.Ansi.Text[] row : renderer.render(o, help.createDefaultParamLabelRenderer(),
                            help.colorScheme())) {
                        entry.append(row[row.length - 1].plainString()).append(' ');
                    }
                    if (!entry.toString().toLowerCase().matches("(?s).*(default|required).*")) {
                        missing.add(leaf.getCommandSpec().qualifiedName() + " " + o.longestName());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void helpRejoinsSentencesBrokenInTheSourceAndKeepsIndentedLines() {
        CommandLine cl = new CommandLine(CommandLine.Model.CommandSpec.create());
        cl.getCommandSpec().usageMessage().description("A sentence broken", "in the source. Columns:", "  a,b,c", "Next one.");
        HelpText.reflow(cl);
        assertThat(cl.getCommandSpec().usageMessage().description()).containsExactly(
                "A sentence broken in the source. Columns:", "  a,b,c", "Next one.");
        // every command as Main configures it: no two consecutive plain lines left
        CommandLine whole = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        for (CommandLine g : whole.getSubcommands().values()) {
            for (CommandLine leaf : g.getSubcommands().values()) {
                String[] d = leaf.getCommandSpec().usageMessage().description();
                for (int i = 1; i < d.length; i++) {
                    boolean plain = !d[i].isBlank() && !Character.isWhitespace(d[i].charAt(0));
                    boolean prevPlain = !d[i - 1].isBlank() && !Character.isWhitespace(d[i - 1].charAt(0));
                    assertThat(plain && prevPlain).as(leaf.getCommandSpec().qualifiedName() + ": " + d[i]).isFalse();
                }
            }
        }
    }

    // ---- streaming

    /** A writer that logs each complete line, tagged, into a list shared by stdout and stderr. */
    private static final class LineLog extends Writer {
        private final List<String> events;
        private final String tag;
        private final StringBuilder line = new StringBuilder();

        LineLog(List<String> events, String tag) {
            this.events = events;
            this.tag = tag;
        }

        @Override
        public void write(char[] c, int off, int len) {
            for (int i = off; i < off + len; i++) {
                if (c[i] == '\n') {
                    events.add(tag + " " + line);
                    line.setLength(0);
                } else {
                    line.append(c[i]);
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void rowsAreWrittenAsEachRunFinishes() {
        List<String> events = new ArrayList<>();
        PrintWriter out = new PrintWriter(new LineLog(events, "out"));
        PrintWriter err = new PrintWriter(new LineLog(events, "err"));
        assertThat(Main.run(out, err, with(SA, "--runs", "3", "--threads", "1"))).isZero();
        // run 1's row is out before run 2 reports its end (a buffered table would print every row at the end)
        int row1 = indexOf(events, "out sa,51,0.294117647059,1,1,2,", 0);
        int progress2 = indexOf(events, "err sa seed=3", 0);
        assertThat(progress2).as(String.join("\n", events)).isPositive();
        assertThat(row1).as(String.join("\n", events)).isNotNegative().isLessThan(progress2);
    }

    private static int indexOf(List<String> events, String prefix, int from) {
        for (int i = from; i < events.size(); i++) {
            if (events.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A killed run keeps its finished rows: on stdout they are there, and with {@code --out FILE} the target is
     * left untouched while the rows are in the partial file beside it.
     */
    @Test
    void aKilledRunKeepsTheRowsItFinished(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "simulate",
                "sa", "--n", "501", "--alpha", "0.9", "--sweeps", "1000", "--runs", "200", "--threads", "1");
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("sa,")) {
                    rows.add(line);
                    if (rows.size() == 2) {
                        p.destroy();
                        break;
                    }
                }
            }
        }
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(rows).hasSize(2);

        Path out = dir.resolve("rows.csv");
        Files.writeString(out, "previous\n");
        List<String> withOut = new ArrayList<>(cmd);
        withOut.addAll(List.of("--out", out.toString()));
        Process q = new ProcessBuilder(withOut).redirectErrorStream(true).start();
        OutputStream ignored = q.getOutputStream();
        ignored.close();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        Path partial = null;
        while (System.nanoTime() < until) {
            try (var files = Files.list(dir)) {
                partial = files.filter(f -> f.getFileName().toString().endsWith(".partial")).findFirst().orElse(null);
            }
            if (partial != null && Files.readAllLines(partial).stream().filter(l -> l.startsWith("sa,")).count() >= 2) {
                break;
            }
            Thread.sleep(20);
        }
        q.destroy();
        assertThat(q.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(partial).isNotNull();
        assertThat(partial.getFileName().toString()).startsWith(".rows.csv.");
        assertThat(Files.readAllLines(partial).stream().filter(l -> l.startsWith("sa,")).count()).isGreaterThanOrEqualTo(2);
        assertThat(Files.readString(out)).isEqualTo("previous\n");
    }
}
