#!/usr/bin/env bash
# Success probability of fBP vs alpha at N = 1001: 20 instances (seeds 1..20; instance and BP seed = seed),
# pseudo-reinforcement (101 steps) and standard reinforcement (dx = 0.01), damping 0.5, at most 3 sweeps per protocol
# step (--max-iters 3, chosen to fit the time budget on a shared machine; 1 sweep per step solved 0 of the first 3 at 0.75),
# field representation. Alphas in order of importance so that a partial run is still useful.
set -euo pipefail
cd "$(dirname "$0")/../../.."
dir=simulation/docs/bp-data/success
mkdir -p $dir
for a in 0.75 0.7 0.78 0.6 0.72 0.65; do
  for p in pseudo standard; do
    f=$dir/n1001_a${a}_${p}.csv
    [ -f $f ] && continue
    ./re simulate fbp --n 1001 --alpha $a --runs 20 --seed 1 --protocol $p --damping 0.5 --max-iters 3 \
        --out $f 2>> $dir/progress.log
  done
done
