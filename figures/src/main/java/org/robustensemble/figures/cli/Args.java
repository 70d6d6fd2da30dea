package org.robustensemble.figures.cli;

import java.util.ArrayList;
import java.util.List;
import org.robustensemble.analytic.gardner.Gardner;

import picocli.CommandLine.Model.CommandSpec;

/** Parsing helpers shared by the commands: number lists, ranges, "inf", and the command line for provenance. */
final class Args {
    private Args() {
    }

    /**
     * Parses "a,b,c", a range "start:step:end" (inclusive up to rounding; a negative step runs downwards), or a
     * mix "a,b:s:c". This is the one range syntax of every command. A step that does not lead from start to end
     * (wrong sign, or zero) is bad input.
     *
     * @param what option name for messages
     */
    static double[] numbers(String text, String what) {
        List<Double> out = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String p = part.strip();
            if (p.isEmpty()) {
                throw new IllegalArgumentException(what + ": empty entry in '" + text + "'");
            }
            if (p.contains(":")) {
                String[] r = p.split(":", -1);
                if (r.length != 3) {
                    throw new IllegalArgumentException(what + ": range '" + p + "' must be start:step:end");
                }
                double a = number(r[0], what);
                double s = number(r[1], what);
                double b = number(r[2], what);
                if (!Double.isFinite(a) || !Double.isFinite(s) || !Double.isFinite(b)) {
                    throw new IllegalArgumentException(what + ": range '" + p + "' needs finite start, step and end");
                }
                if (a != b && !(s != 0 && Math.signum(s) == Math.signum(b - a))) {
                    throw new IllegalArgumentException(what + ": range '" + p + "' is start:step:end, and step " + r[1].strip()
                            + " does not lead from " + r[0].strip() + " to " + r[2].strip()
                            + (s == 0 ? "" : " (" + (b > a ? "a positive" : "a negative") + " step is needed)"));
                }
                long n = a == b ? 0 : Math.round(Math.floor((b - a) / s + 1e-9));
                if (n > 100_000) {
                    throw new IllegalArgumentException(what + ": range '" + p + "' has too many points");
                }
                for (long i = 0; i <= n; i++) {
                    out.add(Math.round((a + i * s) * 1e12) / 1e12);
                }
            } else {
                out.add(number(p, what));
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Parses a number; accepts "inf". */
    static double number(String s, String what) {
        String t = s.strip().toLowerCase();
        if (t.equals("inf") || t.equals("infinity") || t.equals("+inf")) {
            return Double.POSITIVE_INFINITY;
        }
        try {
            double v = Double.parseDouble(t);
            if (Double.isNaN(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + ": '" + s + "' is not a number");
        }
    }

    /** @return "re sub sub --opt val ..." as typed */
    static String commandLine(CommandSpec spec) {
        List<String> parts = new ArrayList<>();
        parts.add("re");
        CommandSpec root = spec;
        while (root.parent() != null) {
            root = root.parent();
        }
        parts.addAll(root.commandLine().getParseResult().originalArgs());
        return String.join(" ", parts);
    }

    static void requireAlpha(double a) {
        if (!(a >= 0) || Double.isInfinite(a)) {
            throw new IllegalArgumentException("--alpha " + a + " is out of range: alpha must be finite and >= 0");
        }
    }

    static void requireGamma(double g) {
        if (!(g >= 0) || Double.isInfinite(g)) {
            throw new IllegalArgumentException("--gamma " + g + " is out of range: gamma must be finite and >= 0");
        }
    }

    static void requireY(double y) {
        requireY(y, "--y");
    }

    /** @param option the option as typed ({@code --y}, {@code --y-low}) */
    static void requireY(double y, String option) {
        if (!(y >= 1)) {
            throw new IllegalArgumentException(option + " " + CsvTable.num(y) + " is out of range: y must be >= 1 (or inf)");
        }
    }

    /**
     * Checks a number against a bound, naming the option as typed: bad input "--eta 0 is out of range: must be
     * finite and > 0".
     *
     * @param strict whether the bound itself is excluded
     */
    static void requireAtLeast(double value, double bound, boolean strict, String option) {
        if (!(Double.isFinite(value) && (strict ? value > bound : value >= bound))) {
            throw new IllegalArgumentException(option + " " + CsvTable.num(value) + " is out of range: must be finite and "
                    + (strict ? "> " : ">= ") + CsvTable.num(bound));
        }
    }

    static void requireKappa(double k) {
        requireKappa(k, "--kappa");
    }

    /** @param option the option as the user typed it ({@code --kappa}, {@code --kappa-ref}) */
    static void requireKappa(double k, String option) {
        if (!(k >= Gardner.MIN_KAPPA && k <= 10)) {
            throw new IllegalArgumentException(option + " " + CsvTable.num(k) + " is out of range: kappa must be finite and in ["
                    + CsvTable.num(Gardner.MIN_KAPPA) + ", 10]" + (k < Gardner.MIN_KAPPA
                            ? " (more negative margins are not verified: at kappa = -3 the capacity is ~513 and the"
                                    + " dense-region curve does not converge)" : ""));
        }
    }

    static void requireDistance(double d) {
        if (!(d > 0 && d < 0.5)) {
            throw new IllegalArgumentException("--d " + d + " is out of range: d must be in (0, 1/2)");
        }
    }

    /** @return bytes as "1234 MB" */
    static String megabytes(double bytes) {
        return String.format(java.util.Locale.ROOT, "%.0f MB", Math.ceil(bytes / (1 << 20)));
    }

    /**
     * Refuses a run whose estimated memory exceeds what the JVM may use (bad input, exit 2), instead of an
     * OutOfMemoryError after the work started.
     *
     * @param bytes estimated bytes (may be astronomically large: a double)
     * @param what  what needs them, as the user asked for it (e.g. "--n 200001 --alpha 1 (an instance of 5e10 bits)")
     */
    static void requireMemory(double bytes, String what) {
        long max = Runtime.getRuntime().maxMemory();
        if (bytes > 0.8 * max) {
            throw new IllegalArgumentException(what + " needs about " + megabytes(bytes) + " of memory, more than the "
                    + megabytes(max) + " the JVM may use (give it more with RE_JAVA_OPTS='-Xmx...', or ask for less)");
        }
    }

    /** Refuses an array of more elements than Java allows (2^31 - 9), naming what it would hold. */
    static void requireArray(double elements, String what) {
        if (elements > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(what + " needs an array of " + String.format(java.util.Locale.ROOT, "%.3g",
                    elements) + " elements, more than the 2^31 a Java array can hold: ask for less");
        }
    }

    /** @return whether the user typed {@code option} on the command line (not just its default) */
    static boolean given(CommandSpec spec, String option) {
        return spec.commandLine().getParseResult() != null && spec.commandLine().getParseResult().hasMatchedOption(option);
    }

    /**
     * Refuses options that would be ignored: if {@code condition} does not hold, none of {@code options} may be
     * typed (bad input, exit 2: "--schedule is only used with --protocol free").
     *
     * @param condition whether the options are used
     * @param when      the condition in words ("with --protocol free")
     */
    static void onlyWhen(CommandSpec spec, boolean condition, String when, String... options) {
        if (condition) {
            return;
        }
        List<String> typed = new ArrayList<>();
        for (String o : options) {
            if (given(spec, o)) {
                typed.add(o);
            }
        }
        if (!typed.isEmpty()) {
            throw new IllegalArgumentException(String.join(", ", typed) + (typed.size() == 1 ? " is" : " are")
                    + " only used " + when + ": remove " + (typed.size() == 1 ? "it" : "them"));
        }
    }
}
