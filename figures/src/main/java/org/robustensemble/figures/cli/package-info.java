/**
 * The command line {@code re} (picocli): {@code Main} builds the command tree (groups theory, simulate, measure,
 * validate, figures, bench); each leaf is one {@code *Command} class. The output contract is shared by all of them:
 * {@code CsvTable} (provenance lines, header, rows streamed or buffered), {@code OutputFile} and
 * {@code OutputOptions} (--out and --save-* paths checked before any work, atomic replacement of regular files,
 * write-through to devices), {@code Args} (ranges start:step:end, option conflicts, memory estimates, messages that
 * name the option as typed), {@code RunPool} (independent runs on all cores, results in run order). Exit codes:
 * 0 success, 1 a failed check or I/O error, 2 bad input, 3 no convergence (README, "Contract").
 */
package org.robustensemble.figures.cli;
