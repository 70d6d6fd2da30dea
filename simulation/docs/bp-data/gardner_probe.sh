#!/usr/bin/env bash
# gamma = 0 probe: Bethe free entropy vs Gardner entropy as N grows (alpha = 0.3, 0.5; random labels).
set -euo pipefail
cd "$(dirname "$0")/../../.."
out=simulation/docs/bp-data/gardner_probe.csv
tmp=$(mktemp -d)
echo "n,alpha,seed,m,free_entropy,converged" > $out
for a in 0.3 0.5; do
  for n in 201 801 3201; do
    seeds="1 2 3 4"; [ $n = 3201 ] && seeds="1 2"
    for s in $seeds; do
      ./re simulate fbp --n $n --alpha $a --seed $s --protocol free --schedule "0,1" --max-iters 1 \
          --save-instance $tmp/i.txt --save-weights $tmp/w.txt > /dev/null 2>&1
      m=$(grep -c '^[+-] ' $tmp/i.txt || true)
      row=$(./re measure local-entropy --instance $tmp/i.txt --reference $tmp/w.txt --gamma-grid 0 \
          --epsilon 1e-7 --max-iters 3000 --seed $s 2>/dev/null | grep -v '^#' | tail -1)
      f=$(echo $row | cut -d, -f4); c=$(echo $row | cut -d, -f6)
      echo "$n,$a,$s,$m,$f,$c" | tee -a $out
    done
  done
done
rm -rf $tmp
