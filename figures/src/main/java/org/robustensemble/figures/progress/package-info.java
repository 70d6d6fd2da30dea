/**
 * Progress of long computations on stderr: {@link org.robustensemble.figures.progress.Progress} is the one
 * interface (units done out of a total); {@link org.robustensemble.figures.progress.Progress#onStderr} picks a
 * terminal progress bar (me.tongfei progressbar) when stderr is a terminal and otherwise a
 * {@link org.robustensemble.figures.progress.LineProgress} that prints a plain line (done/total, rate, ETA) every
 * few seconds, so logs of batch jobs stay readable. The study engine reports finished tasks through it; long
 * single commands (the break-up search, long fBP protocols) can report their own units the same way.
 */
package org.robustensemble.figures.progress;
