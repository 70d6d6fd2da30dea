package org.robustensemble.figures.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The study engine: durability under SIGKILL, resume, shards, merge and its refusals. */
class StudyEngineTest {

    @TempDir
    Path tmp;

    private static List<String> uninterrupted(Study s, Path dir) {
        TaskStore st = new TaskStore(dir);
        StudyRunner.run(s, st, Shard.ALL, 1, StudyRunner.ProgressFactory.silent());
        return StudyRunner.rows(s, st);
    }

    @Test
    void killedWithSigkillResumesToTheSameBytes() throws Exception {
        int n = 60;
        long millis = 60;
        Path dir = tmp.resolve("killed");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), StudyFixture.class.getName(), dir.toString(), "" + n, "" + millis, "2")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        TaskStore store = new TaskStore(dir);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (store.finished().size() < 8 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(p.isAlive()).as("the child must still be running when killed").isTrue();
        p.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no flush
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(137);
        int stored = store.finished().size();
        assertThat(stored).isBetween(8, n - 1);

        Study s = StudyFixture.study(n, millis);
        StudyRunner.Outcome o = StudyRunner.run(s, store, Shard.ALL, 2, StudyRunner.ProgressFactory.silent());
        assertThat(o.alreadyDone()).isEqualTo(stored);
        assertThat(o.ran()).isEqualTo(n - stored);
        assertThat(o.complete()).isTrue();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
        Path clean = tmp.resolve("clean");
        List<String> expected = uninterrupted(s, clean);
        assertThat(StudyRunner.rows(s, store)).isEqualTo(expected).hasSize(3 * n);
        for (int i = 0; i < n; i++) {
            assertThat(Files.readAllBytes(store.file(i))).isEqualTo(Files.readAllBytes(new TaskStore(clean).file(i)));
        }
        // a second resume has nothing to do
        assertThat(StudyRunner.run(s, store, Shard.ALL, 2, StudyRunner.ProgressFactory.silent()).ran()).isZero();
    }

    @Test
    void aFailingTaskKeepsTheFinishedOnesAndTheRerunCompletes() {
        Study good = StudyFixture.study(6, 0);
        List<Task> tasks = new ArrayList<>(good.tasks());
        boolean[] fail = {true};
        Task bad = tasks.get(3);
        tasks.set(3, new Task(bad.key(), bad.command(), 0, () -> {
            if (fail[0]) {
                throw new IllegalStateException("interrupted here");
            }
            return bad.body().rows();
        }));
        Study s = new Study(good.name(), good.variant(), good.columns(), tasks);
        TaskStore st = new TaskStore(tmp.resolve("fail"));
        assertThatThrownBy(() -> StudyRunner.run(s, st, Shard.ALL, 1, StudyRunner.ProgressFactory.silent()))
                .hasMessageContaining("interrupted here");
        assertThat(st.finished()).containsExactly(0, 1, 2);
        fail[0] = false;
        StudyRunner.Outcome o = StudyRunner.run(s, st, Shard.ALL, 1, StudyRunner.ProgressFactory.silent());
        assertThat(o.ran()).isEqualTo(3);
        assertThat(StudyRunner.rows(s, st)).isEqualTo(uninterrupted(good, tmp.resolve("good")));
    }

    @Test
    void shardsPartitionTheTasksAndMergeToOneRun() {
        Study s = StudyFixture.study(17, 0);
        List<TaskStore> shards = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            TaskStore st = new TaskStore(tmp.resolve("shard-" + k));
            StudyRunner.Outcome o = StudyRunner.run(s, st, new Shard(k, 3), 2, StudyRunner.ProgressFactory.silent());
            assertThat(o.complete()).isFalse();
            shards.add(st);
        }
        assertThat(shards.stream().mapToInt(st -> st.finished().size()).sum()).isEqualTo(17);
        TaskStore merged = new TaskStore(tmp.resolve("merged"));
        StudyMerge.merge(s, shards, merged);
        assertThat(StudyRunner.rows(s, merged)).isEqualTo(uninterrupted(s, tmp.resolve("one")));
    }

    @Test
    void mergeRefusesMissingDuplicateAndMixedStores() throws IOException {
        Study s = StudyFixture.study(5, 0);
        TaskStore a = new TaskStore(tmp.resolve("a"));
        TaskStore b = new TaskStore(tmp.resolve("b"));
        StudyRunner.run(s, a, new Shard(1, 2), 1, StudyRunner.ProgressFactory.silent());
        StudyRunner.run(s, b, new Shard(2, 2), 1, StudyRunner.ProgressFactory.silent());
        assertThatThrownBy(() -> StudyMerge.merge(s, List.of(a), new TaskStore(tmp.resolve("m1"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 of 5 tasks are missing");
        TaskStore copy = new TaskStore(tmp.resolve("a-copy"));
        copy.open(s);
        copy.copyFrom(a, 0);
        assertThatThrownBy(() -> StudyMerge.merge(s, List.of(a, b, copy), new TaskStore(tmp.resolve("m2"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is in both");
        Study other = StudyFixture.study(6, 0);
        TaskStore c = new TaskStore(tmp.resolve("c"));
        StudyRunner.run(other, c, Shard.ALL, 1, StudyRunner.ProgressFactory.silent());
        assertThatThrownBy(() -> StudyMerge.merge(s, List.of(a, b, c), new TaskStore(tmp.resolve("m3"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("other parameters");
        assertThatThrownBy(() -> StudyRunner.run(other, a, Shard.ALL, 1, StudyRunner.ProgressFactory.silent()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("other parameters");
        StudyMerge.merge(s, List.of(a, b), a);
        assertThat(a.finished()).hasSize(5);
    }

    @Test
    void aTaskFileOfAnotherTaskIsRefused() throws IOException {
        Study s = StudyFixture.study(2, 0);
        TaskStore st = new TaskStore(tmp.resolve("x"));
        StudyRunner.run(s, st, Shard.ALL, 1, StudyRunner.ProgressFactory.silent());
        Files.copy(st.file(0), st.file(1), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThatThrownBy(() -> StudyRunner.rows(s, st)).hasMessageContaining("is not task 'point=1'");
    }

    @Test
    void shardParsing() {
        assertThat(Shard.parse("2/8")).isEqualTo(new Shard(2, 8));
        for (String bad : new String[] {"0/3", "4/3", "1/0", "x", "1/", "1/2/3", "a/b"}) {
            assertThatThrownBy(() -> Shard.parse(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("--shard");
        }
        Shard[] all = {new Shard(1, 3), new Shard(2, 3), new Shard(3, 3)};
        for (int i = 0; i < 30; i++) {
            int hits = 0;
            for (Shard sh : all) {
                hits += sh.contains(i) ? 1 : 0;
            }
            assertThat(hits).isEqualTo(1);
        }
    }
}
