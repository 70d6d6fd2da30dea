#!/usr/bin/env bash
# Session 2: the missing alphas of the N = 1001 success curve with the same protocols as success_study.sh
# (pseudo-reinforcement 101 steps and standard reinforcement dx = 0.01, damping 0.5, at most 3 sweeps per step,
# instance seeds 1..20). The slower variants tried on the disjoint selection seeds (bp.md, "Protocol selection")
# did no better, so the protocol is unchanged. Alphas in order of importance (the machine was shared and loaded).
set -euo pipefail
cd "$(dirname "$0")/../../.."
dir=simulation/docs/bp-data/success
J="java -XX:+UseSerialGC -jar ${RE_JAR:-figures/target/re.jar}"
for a in 0.74 0.72 0.76; do
  for p in pseudo standard; do
    f=$dir/n1001_a${a}_${p}.csv
    [ -f $f ] && continue
    $J simulate fbp --n 1001 --alpha $a --runs 20 --seed 1 --protocol $p --damping 0.5 --max-iters 3 \
        --out $f 2>> $dir/progress2.log
  done
done
