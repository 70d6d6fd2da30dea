#!/usr/bin/env bash
# protocol selection on instance seeds 101..103 (disjoint from the study's 1..20), alpha 0.75, N 1001, damping 0.5
# Stopped early for machine time: rows in the .log files next to this script (outputs there, not in .csv).
cd "$(dirname "$0")" && J="java -XX:+UseSerialGC -jar ../../../../figures/target/re.jar"
for s in 101 102 103; do
  $J simulate fbp --n 1001 --alpha 0.75 --seed $s --protocol standard --steps 200 --damping 0.5 --max-iters 3 >> s200_i3.csv 2>>n1001_a0.75_iters3.log
  $J simulate fbp --n 1001 --alpha 0.75 --seed $s --protocol pseudo --steps 201 --damping 0.5 --max-iters 3 >> p201_i3.csv 2>>n1001_a0.75_iters3.log
  $J simulate fbp --n 1001 --alpha 0.75 --seed $s --protocol pseudo --steps 101 --damping 0.5 --max-iters 3 >> p101_i3.csv 2>>n1001_a0.75_iters3.log
done
