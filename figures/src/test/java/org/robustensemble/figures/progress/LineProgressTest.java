package org.robustensemble.figures.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

/** Plain-line progress: one line per interval with done/total, rate and ETA; the rate excludes resumed units. */
class LineProgressTest {
    @Test
    void printsAtMostOneLinePerIntervalWithRateAndEta() {
        long[] now = {0};
        StringWriter sw = new StringWriter();
        LineProgress p = new LineProgress("fig", "tasks", 10, 2, new PrintWriter(sw), 5, () -> now[0]);
        now[0] = 1_000_000_000L;
        p.step(); // 1 s: no line yet
        assertThat(sw.toString()).isEmpty();
        now[0] = 6_000_000_000L;
        p.step(); // 6 s: 4/10 done, 2 fresh units in 6 s
        assertThat(sw.toString().strip()).isEqualTo("fig: 4/10 tasks, 0.333/s, ETA 18 s, elapsed 6 s");
        now[0] = 7_000_000_000L;
        p.step();
        assertThat(sw.toString().split("\n")).hasSize(1);
        p.close();
        assertThat(sw.toString().split("\n")).hasSize(2);
        assertThat(p.done()).isEqualTo(5);
        assertThat(LineProgress.duration(3725)).isEqualTo("1 h 02 min");
        assertThat(LineProgress.duration(75)).isEqualTo("1 min 15 s");
    }
}
