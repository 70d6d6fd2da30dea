#!/bin/bash
# Session 5: finite-size dependence of fBP success at alpha = 0.75 (pseudo-reinforcement 101 steps, damping 0.5,
# 3 sweeps per step, instance seeds 1..20 as in the N = 1001 study). Rows: success/n<N>_a0.75_pseudo.csv.
set -u
cd "$(dirname "$0")/../../.."
for n in 301 2001; do
  ./re simulate fbp --n $n --alpha 0.75 --runs 20 --seed 1 --jobs 2 --protocol pseudo --damping 0.5 --max-iters 3 \
      --out simulation/docs/bp-data/success/n${n}_a0.75_pseudo.csv
done
