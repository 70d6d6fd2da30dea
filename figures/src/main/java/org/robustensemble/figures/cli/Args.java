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
     * Parses "a,b,c" or a range "start:step:end" (inclusive, up to rounding), or a mix "a,b:s:c".
     *
     * @param what option name for messages
     */
    static double[] numbers(String text, String what) {
        List<Double> out = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                throw new IllegalArgumentException(what + ": empty entry in '" + text + "'");
            }
            if (p.contains(":")) {
                String[] r = p.split(":");
                if (r.length != 3) {
                    throw new IllegalArgumentException(what + ": range '" + p + "' must be start:step:end");
                }
                double a = number(r[0], what);
                double s = number(r[1], what);
                double b = number(r[2], what);
                if (!(s > 0) || b < a) {
                    throw new IllegalArgumentException(what + ": range '" + p + "' needs step > 0 and end >= start");
                }
                long n = Math.round(Math.floor((b - a) / s + 1e-9));
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
        if (!(y >= 1)) {
            throw new IllegalArgumentException("--y " + y + " is out of range: y must be >= 1 (or inf)");
        }
    }

    static void requireKappa(double k) {
        if (!(k >= Gardner.MIN_KAPPA && k <= 10)) {
            throw new IllegalArgumentException("--kappa " + k + " is out of range: kappa must be finite and in ["
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
}
