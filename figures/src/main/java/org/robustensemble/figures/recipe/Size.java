package org.robustensemble.figures.recipe;

/** The size of a figure's study: {@code quick} (small, runs in the test suite) or {@code full} (README sizes). */
public enum Size {
    /** small versions of the same recipes: seconds */
    QUICK,
    /** the sizes reported in the README (N = 1001, at least 20 instances a point) */
    FULL;

    /** @return "quick" or "full" */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses "quick" or "full". */
    public static Size parse(String s) {
        for (Size z : values()) {
            if (z.label().equalsIgnoreCase(s.strip())) {
                return z;
            }
        }
        throw new IllegalArgumentException("--size '" + s + "' is not quick or full");
    }
}
