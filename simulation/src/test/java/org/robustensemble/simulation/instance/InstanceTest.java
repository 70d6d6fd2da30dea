package org.robustensemble.simulation.instance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceTest {

    @Test
    void packedDotMatchesNaiveSum() {
        Instance inst = Instance.random(131, 1, 0.5, false, 7);
        byte[] w = Instance.random(131, 1, 0.0, true, 8).teacher();
        long[] pw = Patterns.pack(w);
        for (int mu = 0; mu < inst.m(); mu++) {
            int s = 0;
            for (int i = 0; i < inst.n(); i++) {
                s += inst.patterns().get(mu, i) * w[i];
            }
            assertThat(inst.patterns().dot(mu, pw)).isEqualTo(s);
        }
    }

    @Test
    void patternCountAndSeedStreams() {
        assertThat(Instance.patternsFor(1001, 1, 0.6)).isEqualTo(601);
        assertThat(Instance.patternsFor(321, 5, 0.5)).isEqualTo(802);
        assertThat(Instance.random(101, 1, 0.5, false, 3)).isEqualTo(Instance.random(101, 1, 0.5, false, 3));
        assertThat(Instance.random(101, 1, 0.5, false, 3)).isNotEqualTo(Instance.random(101, 1, 0.5, false, 4));
    }

    @Test
    void teacherHasZeroErrors() {
        Instance inst = Instance.random(51, 3, 0.8, true, 11);
        assertThat(inst.errors(inst.teacher())).isZero();
    }

    @Test
    void rejectsEvenN() {
        assertThatThrownBy(() -> Instance.random(100, 1, 0.5, false, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("odd");
    }

    @Test
    void roundTripPlainAndGzip(@TempDir Path dir) {
        Instance inst = Instance.random(67, 3, 0.4, true, 5);
        for (String name : new String[] {"a.txt", "b.txt.gz"}) {
            Path f = dir.resolve(name);
            InstanceFormat.write(inst, f);
            assertThat(InstanceFormat.read(f)).isEqualTo(inst);
        }
        byte[] w = inst.teacher();
        InstanceFormat.writeWeights(w, dir.resolve("w.txt"), "teacher");
        assertThat(InstanceFormat.readWeights(dir.resolve("w.txt"), w.length)).isEqualTo(w);
    }

    @Test
    void malformedFilesGiveLineNumbers() throws Exception {
        String bad = InstanceFormat.MAGIC + "\nn 3\nk 1\nm 1\n+ +x-\n";
        assertThatThrownBy(() -> InstanceFormat.parse(new BufferedReader(new StringReader(bad)), "f"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("f:5").hasMessageContaining("'x'");
        String even = InstanceFormat.MAGIC + "\nn 2\nk 1\nm 1\n+ +-\n";
        assertThatThrownBy(() -> InstanceFormat.parse(new BufferedReader(new StringReader(even)), "g"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("odd");
        assertThatThrownBy(() -> InstanceFormat.parse(new BufferedReader(new StringReader("hello\n")), "h"))
                .hasMessageContaining("not an instance file");
    }

    @Test
    void atomicWriteLeavesNoTemporaryFiles(@TempDir Path dir) throws Exception {
        InstanceFormat.write(Instance.random(11, 1, 0.5, false, 1), dir.resolve("x.txt"));
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("x.txt");
        }
    }
}
