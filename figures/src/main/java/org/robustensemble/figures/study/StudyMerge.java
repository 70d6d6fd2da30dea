package org.robustensemble.figures.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Joins the stores of the shards of one study into one store. Refuses (IllegalArgumentException, one line) stores
 * of other parameters (fingerprint differs from the study's), a task present in two stores, and a task present in
 * none.
 */
public final class StudyMerge {
    private StudyMerge() {
    }

    /**
     * @param study   the study the shards belong to
     * @param sources the shards' stores
     * @param target  the merged store (may be one of the sources)
     */
    public static void merge(Study study, List<TaskStore> sources, TaskStore target) {
        String fp = study.fingerprint();
        List<Set<Integer>> held = new ArrayList<>();
        for (TaskStore s : sources) {
            Map<String, String> m = s.manifest();
            if (!fp.equals(m.get("fingerprint"))) {
                throw new IllegalArgumentException("cannot merge " + s.dir() + ": it holds " + m.get("name") + " ("
                        + m.get("variant") + ") with other parameters than " + study.name() + " (" + study.variant() + ")");
            }
            held.add(s.finished());
        }
        int n = study.tasks().size();
        int[] owner = new int[n];
        java.util.Arrays.fill(owner, -1);
        int missing = 0;
        int firstMissing = -1;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < sources.size(); j++) {
                if (held.get(j).contains(i)) {
                    if (owner[i] >= 0 && !sources.get(owner[i]).dir().equals(sources.get(j).dir())) {
                        throw new IllegalArgumentException("cannot merge: task " + i + " (" + study.tasks().get(i).key()
                                + ") of " + study.name() + " is in both " + sources.get(owner[i]).dir() + " and "
                                + sources.get(j).dir());
                    }
                    owner[i] = j;
                }
            }
            if (owner[i] < 0) {
                missing++;
                if (firstMissing < 0) {
                    firstMissing = i;
                }
            }
        }
        if (missing > 0) {
            throw new IllegalArgumentException("cannot merge " + study.name() + ": " + missing + " of " + n
                    + " tasks are missing (first: task " + firstMissing + ", " + study.tasks().get(firstMissing).key() + ")");
        }
        target.open(study);
        Path t = target.dir().toAbsolutePath().normalize();
        for (int i = 0; i < n; i++) {
            TaskStore src = sources.get(owner[i]);
            // check the file belongs to its task before copying
            src.read(i, study.tasks().get(i).key());
            if (!src.dir().toAbsolutePath().normalize().equals(t)) {
                target.copyFrom(src, i);
            }
        }
    }
}
