package org.robustensemble.validation.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.robustensemble.validation.suite.Check;

/** The registry of the suite's checks, in the order they run and are listed. */
public final class Checks {
    private Checks() {
    }

    /** @return every check, in suite order */
    public static List<Check> all() {
        return List.of(new EnumerationCheck(), new BetheCheck(), new FiniteTemperatureCheck(), new ReplicatedCheck(),
                new DenseRegionCheck(), new TeacherStudentCheck(), new LocalEntropyCheck());
    }

    /**
     * @param names comma-separated check names, or {@code null}/blank for all
     * @return the named checks in suite order
     * @throws IllegalArgumentException naming an unknown check and the known ones
     */
    public static List<Check> select(String names) {
        List<Check> all = all();
        if (names == null || names.isBlank()) {
            return all;
        }
        Map<String, Check> byName = new LinkedHashMap<>();
        for (Check c : all) {
            byName.put(c.name(), c);
        }
        List<String> wanted = new ArrayList<>();
        for (String s : names.split(",")) {
            String t = s.strip();
            if (!byName.containsKey(t)) {
                throw new IllegalArgumentException("--only: unknown check '" + t + "'; known: " + String.join(",", byName.keySet()));
            }
            wanted.add(t);
        }
        return all.stream().filter(c -> wanted.contains(c.name())).toList();
    }
}
