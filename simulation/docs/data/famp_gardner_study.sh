#!/usr/bin/env bash
# Gamma = 0 free entropy of AMP vs the Gardner entropy s_G(0.3) = 0.474829 (docs/theory.md 3.1): one protocol step
# (gamma, y) = (0, 1), whose focusing normalisation adds ln 2 (bp.md, "Approximate message passing"), damping 0.5,
# epsilon 1e-10; instance and initial-state seed s = 1..k. Prints alpha,n,seed,converged,iterations,free_entropy - ln 2.
set -euo pipefail
cd "$(dirname "$0")/../../.."
out=simulation/docs/data/famp_gardner_a0.3.csv
echo "alpha,n,seed,converged,iterations,free_entropy" > $out
for nk in 201:8 801:8 3201:8 12801:4; do
  n=${nk%:*}; k=${nk#*:}
  for s in $(seq 1 $k); do
    nice -n 10 ./re simulate famp --n $n --alpha 0.3 --protocol free --schedule '0,1' --trace --epsilon 1e-10 \
        --max-iters 2000 --damping 0.5 --threads 1 --seed $s 2>/dev/null \
      | awk -F, -v n=$n -v s=$s '!/^#/ && $1 == "0" {printf "0.3,%d,%d,%s,%s,%.6f\n", n, s, $11, $10, $7 - log(2)}' >> $out
  done
done
