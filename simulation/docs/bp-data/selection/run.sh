#!/usr/bin/env bash
# exploration on instance seeds 101..104 (not in the final study's 1..20)
# Stopped early for machine time: rows in the .log files next to this script (outputs there, not in .csv).
cd "$(dirname "$0")" && J="java -XX:+UseSerialGC -jar ../../../../figures/target/re.jar"
$J simulate fbp --n 1001 --alpha 0.75 --runs 4 --seed 101 --protocol pseudo --steps 201 --damping 0.5 --max-iters 20 --out p201_d05_i20.csv 2>>n1001_a0.75_pseudo201_iters20.log
$J simulate fbp --n 1001 --alpha 0.75 --runs 4 --seed 101 --protocol standard --steps 300 --damping 0.5 --max-iters 20 --out s300_d05_i20.csv 2>>n1001_a0.75_pseudo201_iters20.log
$J simulate fbp --n 1001 --alpha 0.75 --runs 4 --seed 101 --protocol pseudo --steps 101 --damping 0.5 --max-iters 3 --out p101_d05_i3.csv 2>>n1001_a0.75_pseudo201_iters20.log
