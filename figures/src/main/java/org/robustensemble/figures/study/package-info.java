/**
 * The study engine: a {@link org.robustensemble.figures.study.Study} is a named list of independent
 * {@link org.robustensemble.figures.study.Task}s (a parameter point x an instance seed), each deterministic from
 * its own parameters. {@link org.robustensemble.figures.study.StudyRunner} runs the tasks of one
 * {@link org.robustensemble.figures.study.Shard} on a fixed number of threads and stores every finished task at
 * once in a {@link org.robustensemble.figures.study.TaskStore} (one small file per task, fsynced and renamed into
 * place), so that a study killed at any moment loses only the tasks in flight and the same command resumes it.
 * {@link org.robustensemble.figures.study.StudyMerge} joins the stores of shards, checking that every task is
 * present exactly once and that all were made with the same parameters. The final rows are the tasks' rows in task
 * order: identical for any thread count, shard split, or number of interruptions.
 */
package org.robustensemble.figures.study;
