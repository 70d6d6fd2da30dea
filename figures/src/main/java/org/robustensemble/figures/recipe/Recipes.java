package org.robustensemble.figures.recipe;

import java.util.ArrayList;
import java.util.List;

/** The figure recipes, in gallery order. */
public final class Recipes {
    private static final List<Recipe> ALL = List.of(new DenseVsTypical(), new BreakUp(), new ApproachYInf(),
            new Annealing(), new FocusingBp(), new Sgd(), new LocalEntropy(), new FewBits());

    private Recipes() {
    }

    /** @return every recipe, in gallery order */
    public static List<Recipe> all() {
        return ALL;
    }

    /** @return the recipe named {@code name} (IllegalArgumentException listing the names if unknown) */
    public static Recipe byName(String name) {
        for (Recipe r : ALL) {
            if (r.name().equals(name)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown figure '" + name + "': the figures are " + names() + " (or all)");
    }

    /** @return the recipes named by {@code names} ("all" = every recipe), in the order given, without repeats */
    public static List<Recipe> select(List<String> names) {
        List<Recipe> out = new ArrayList<>();
        for (String n : names) {
            for (Recipe r : n.equals("all") ? ALL : List.of(byName(n))) {
                if (!out.contains(r)) {
                    out.add(r);
                }
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no figure named: give NAME.. or all (" + names() + ")");
        }
        return out;
    }

    /** @return "a, b, c" */
    public static String names() {
        return String.join(", ", ALL.stream().map(Recipe::name).toList());
    }
}
