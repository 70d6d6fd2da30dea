#!/bin/bash
# Session 5: are fBP failures at alpha = 0.75 (N = 1001) a property of the instance or of the run?
# Instances 3..12 of the success study (instance seed s, pseudo-reinforcement 101 steps, damping 0.5, 3 sweeps per
# step): the original run (BP seed s, saving the instance), then 5 restarts on the same instance with BP seeds
# 1000..1004 (fresh initial messages and update orders). Rows: success/restarts/{orig,restart}<s>.csv.
set -u
cd "$(dirname "$0")/../../.."
out=simulation/docs/bp-data/success/restarts
mkdir -p "$out"
for s in 3 4 5 6 7 8 9 10 11 12; do
  ./re simulate fbp --n 1001 --alpha 0.75 --seed $s --protocol pseudo --damping 0.5 --max-iters 3 \
      --save-instance "$out/i$s.txt" --out "$out/orig$s.csv"
  ./re simulate fbp --instance "$out/i$s.txt" --seed 1000 --runs 5 --jobs 2 --protocol pseudo --damping 0.5 \
      --max-iters 3 --out "$out/restart$s.csv"
  rm -f "$out/i$s.txt"
done
