package org.robustensemble.figures.progress;

import java.util.concurrent.atomic.AtomicLong;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A terminal progress bar on stderr (me.tongfei progressbar: done/total, rate, ETA), used when stderr is a
 * terminal. Units done before this process (a resumed study) are shown as the bar's start.
 */
final class BarProgress implements Progress {
    private final ProgressBar bar;
    private final AtomicLong done;

    BarProgress(String what, String unit, long total, long initial) {
        this.bar = new ProgressBarBuilder().setTaskName(what).setInitialMax(total).startsFrom(initial,
                java.time.Duration.ZERO).setUnit(" " + unit, 1).showSpeed().setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        this.done = new AtomicLong(initial);
    }

    @Override
    public void advance(long units) {
        done.addAndGet(units);
        bar.stepBy(units);
    }

    @Override
    public long done() {
        return done.get();
    }

    @Override
    public void close() {
        bar.close();
    }
}
