package org.robustensemble.simulation.bp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A focusing protocol: a plain sequence of (gamma, y) steps (docs/theory.md 4.3; the authors' package calls them
 * focusing protocols). gamma may be +infinity (reference collapsed on the replicas), y may be +infinity.
 *
 * @param name  short name for output (standard, scoping, pseudo, free)
 * @param steps the (gamma, y) pairs, in order
 */
public record Protocol(String name, List<Step> steps) {

    /** One step: coupling gamma >= 0 (convention exp(gamma W Wref)) and number of replicas y >= 1. */
    public record Step(double gamma, double y) {
        public Step {
            if (!(gamma >= 0)) {
                throw new IllegalArgumentException("protocol gamma = " + gamma + " must be >= 0");
            }
            if (!(y >= 1)) {
                throw new IllegalArgumentException("protocol y = " + y + " must be >= 1");
            }
        }
    }

    public Protocol {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a protocol needs at least one step");
        }
        steps = List.copyOf(steps);
    }

    /** @return the number of steps */
    public int size() {
        return steps.size();
    }

    /**
     * Standard reinforcement: gamma = infinity, y = 1/(1-x) for x = 0, dx, ..., 1 - dx with dx = 1/steps
     * (the default, steps = 100, is the authors' dx = 0.01).
     */
    public static Protocol standardReinforcement(int steps) {
        checkSteps(steps);
        List<Step> s = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            double x = (double) i / steps;
            s.add(new Step(Double.POSITIVE_INFINITY, 1 / (1 - x)));
        }
        return new Protocol("standard", s);
    }

    /** Scoping: fixed y, gamma = gammaMax * i / (steps - 1), i = 0 .. steps - 1 (steps >= 2). */
    public static Protocol scoping(double y, double gammaMax, int steps) {
        if (steps < 2) {
            throw new IllegalArgumentException("scoping steps = " + steps + " must be >= 2");
        }
        if (!(gammaMax > 0) || Double.isInfinite(gammaMax)) {
            throw new IllegalArgumentException("gamma-max = " + gammaMax + " must be > 0 and finite");
        }
        List<Step> s = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            s.add(new Step(gammaMax * i / (steps - 1), y));
        }
        return new Protocol("scoping", s);
    }

    /**
     * Pseudo-reinforcement: rho = i / steps, i = 0 .. steps - 1, gamma = atanh(sqrt(rho)),
     * y = (2 - rho)/(1 - rho).
     */
    public static Protocol pseudoReinforcement(int steps) {
        checkSteps(steps);
        List<Step> s = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            double rho = (double) i / steps;
            double sr = Math.sqrt(rho);
            double g = 0.5 * Math.log((1 + sr) / (1 - sr));
            s.add(new Step(g, (2 - rho) / (1 - rho)));
        }
        return new Protocol("pseudo", s);
    }

    /**
     * Free scoping from text: pairs "gamma,y" separated by ';' or newlines ('#' comments, "inf" allowed).
     */
    public static Protocol parseFree(String text) {
        List<Step> s = new ArrayList<>();
        for (String line : text.split("[;\n]")) {
            String t = line.strip();
            int c = t.indexOf('#');
            if (c >= 0) {
                t = t.substring(0, c).strip();
            }
            if (t.isEmpty()) {
                continue;
            }
            String[] f = t.split("[,\\s]+");
            if (f.length != 2) {
                throw new IllegalArgumentException("free protocol step '" + t + "' must be 'gamma,y'");
            }
            s.add(new Step(number(f[0]), number(f[1])));
        }
        if (s.isEmpty()) {
            throw new IllegalArgumentException("free protocol has no steps");
        }
        return new Protocol("free", s);
    }

    /** Free scoping read from a file of "gamma,y" lines. */
    public static Protocol readFree(Path file) {
        try {
            return parseFree(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read protocol file " + file + ": " + e.getMessage());
        }
    }

    private static double number(String s) {
        String t = s.toLowerCase(Locale.ROOT);
        if (t.equals("inf") || t.equals("+inf") || t.equals("infinity")) {
            return Double.POSITIVE_INFINITY;
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s + "' is not a number in the protocol");
        }
    }

    private static void checkSteps(int steps) {
        if (steps < 1) {
            throw new IllegalArgumentException("steps = " + steps + " must be >= 1");
        }
    }
}
