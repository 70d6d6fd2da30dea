#!/bin/bash
# Same rows before and after a change of the BP code: runs `simulate fbp` (and `measure local-entropy`) over a
# fixed set of seeds, protocols, representations, thread/block settings and a committee, with every BP option
# given explicitly, and prints the CSV without the timing fields (the `seconds` column of the run rows, the
# `# seconds=` provenance line) and without the `# command` line; DROP_COLUMNS (names, space-separated) and DROP_META
# (a grep pattern) leave out what one version adds. Diff the output of two jars:
#   JAR=/path/to/old/re.jar same_rows.sh > old.txt; JAR=figures/target/re.jar same_rows.sh > new.txt; diff old.txt new.txt
# EXTRA="--opt value" is appended to every fbp command (e.g. a new option that keeps the old behaviour).
set -u
cd "$(dirname "$0")/../../.."
JAR=${JAR:-figures/target/re.jar}
EXTRA=${EXTRA:-}
DROP_COLUMNS=${DROP_COLUMNS:-seconds}
DROP_META=${DROP_META:-^# no such line}
tmp=$(mktemp -d)
run() {
  echo "## ${*//$tmp/TMP}"
  java -XX:+UseSerialGC -jar "$JAR" "$@" 2>/dev/null | grep -v '^# \(command\|seconds\|re \)' | grep -v "$DROP_META" \
    | awk -F, -v drop="$DROP_COLUMNS" 'BEGIN{OFS=","; nd=split(drop, d, " ")}
        /^#/ {print; next}
        !h {h=1; for (i=1; i<=NF; i++) for (j=1; j<=nd; j++) if ($i==d[j]) skip[i]=1}
        {s=""; for (i=1; i<=NF; i++) if (!skip[i]) s=s (s==""?"":",") $i; print s}'
  echo "exit ${PIPESTATUS[0]}"
}
bpo="--epsilon 1e-3 --max-iters 1000 --damping 0.5 --init-range 0.01"
for s in 1 2 3; do
  run simulate fbp --n 201 --alpha 0.6 --seed $s --protocol pseudo $bpo $EXTRA
  run simulate fbp --n 201 --alpha 0.6 --seed $s --protocol standard $bpo $EXTRA
  run simulate fbp --n 201 --alpha 0.6 --seed $s --protocol scoping --y 21 --gamma-max 7 $bpo $EXTRA
  run simulate fbp --n 201 --alpha 0.6 --seed $s --protocol pseudo $bpo --representation MAGNETIZATION $EXTRA
  run simulate fbp --n 201 --alpha 0.6 --seed $s --protocol pseudo $bpo --threads 2 $EXTRA
  run simulate fbp --n 201 --alpha 0.6 --seed $s --protocol pseudo $bpo --threads 2 --block 8 $EXTRA
  run simulate fbp --n 201 --alpha 0.6 --seed $s --protocol pseudo $bpo --error-check SWEEP $EXTRA
done
run simulate fbp --n 1001 --alpha 0.6 --seed 1 --protocol pseudo --damping 0.5 --epsilon 0.1 --init-range 0.1 --max-iters 1000 $EXTRA
run simulate fbp --n 1001 --alpha 0.7 --seed 2 --protocol scoping --y 21 --gamma-max 7 $bpo $EXTRA
run simulate fbp --n 101 --alpha 0.7 --seed 4 --protocol pseudo --runs 4 $bpo $EXTRA
run simulate fbp --n 101 --alpha 0.5 --seed 5 --protocol free --schedule '0,3;0.5,5;1,inf;inf,inf' $bpo --trace $EXTRA
run simulate fbp --n 201 --alpha 0.5 --seed 6 --protocol pseudo $bpo --trace --run-to-end --steps 20 $EXTRA
run simulate fbp --n 41 --k 3 --alpha 0.3 --seed 1 --protocol standard --init-range 0.1 --max-iters 1 --damping 0.5 --epsilon 1e-3 $EXTRA
run simulate fbp --n 41 --k 3 --alpha 0.3 --seed 2 --protocol pseudo --trace --steps 15 $bpo $EXTRA
java -jar "$JAR" simulate fbp --n 101 --alpha 0.4 --seed 7 --protocol pseudo $bpo $EXTRA --save-instance $tmp/i.txt \
  --save-weights $tmp/w.txt --save-messages $tmp/m.bin >/dev/null 2>&1
echo "## saved files"; grep -v '^#' $tmp/w.txt | md5sum; zcat $tmp/m.bin | md5sum
run simulate fbp --instance $tmp/i.txt --seed 8 --protocol pseudo $bpo --load-messages $tmp/m.bin --trace --run-to-end --steps 5 $EXTRA
run measure local-entropy --instance $tmp/i.txt --reference $tmp/w.txt --gamma-grid 2:0:0.5 --damping 0.5 --epsilon 1e-5
run measure local-entropy --instance $tmp/i.txt --reference $tmp/w.txt --gamma-grid 2:0:0.5 --damping 0.5 --epsilon 1e-5 --representation MAGNETIZATION
rm -rf "$tmp"
