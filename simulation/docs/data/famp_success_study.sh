#!/usr/bin/env bash
# Success of focusing AMP at N = 1001 on the instances of fBP's success study (seeds 1..20,
# instance and initial-state seed = seed), with fBP's settings: pseudo-reinforcement (101 steps) and standard
# reinforcement (dx = 0.01), damping 0.5, at most 3 iterations per protocol step. One thread (the rows do not depend on it).
set -euo pipefail
cd "$(dirname "$0")/../../.."
dir=simulation/docs/data
for a in 0.6 0.7 0.72 0.74; do
  for p in pseudo standard; do
    f=$dir/famp_success_n1001_a${a}_${p}.csv
    [ -f $f ] && continue
    nice -n 10 ./re simulate famp --n 1001 --alpha $a --runs 20 --seed 1 --protocol $p --damping 0.5 --max-iters 3 \
        --threads 1 --out $f
  done
done
