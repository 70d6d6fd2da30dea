#!/usr/bin/env bash
# End-to-end timings, N = 1001 perceptron, M = 601 (alpha 0.6) and M = 701 (alpha 0.7), instance seed 1:
# pseudo-reinforcement 101 steps and scoping (y = 21, gamma 0..7, 101 steps), damping 0.5 (as rFBP), epsilon 1e-3,
# max 1000 sweeps per step. 5 repetitions of the same run; 'seconds' is the in-process solve time (JVM start
# excluded), 'load1' the 1-minute load average just before the run. Threads: 1 (sequential BP, block 1) and 2
# (block 16; the result is identical for any thread count at block 16, but differs from block 1).
# REP=FIELD|MAGNETIZATION, TAG=suffix of the output file.
set -euo pipefail
cd "$(dirname "$0")/../../.."
rep=${REP:-FIELD}
out=simulation/docs/bp-data/perf_${rep}${TAG:-}.csv
echo "alpha,protocol,threads,block,rep,solved,steps,sweeps,seconds,load1" > $out
for a in 0.6 0.7; do
  for p in pseudo scoping; do
    for tb in "1 1" "2 16"; do
      set -- $tb
      for r in 1 2 3 4 5; do
        load=$(cut -d' ' -f1 /proc/loadavg)
        row=$(./re simulate fbp --n 1001 --alpha $a --seed 1 --protocol $p --damping 0.5 --threads $1 --block $2 \
              --representation $rep 2>/dev/null | grep '^fbp,')
        IFS=, read -r alg n al k pr sd solved err steps sweeps sec <<< "$row"
        echo "$a,$p,$1,$2,$r,$solved,$steps,$sweeps,$sec,$load" | tee -a $out
      done
    done
  done
done
