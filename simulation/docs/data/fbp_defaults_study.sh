#!/bin/bash
# simulate fbp with its defaults (BpParameters.fbpDefaults: damping 0.5; committees also init 0.1 and one sweep per
# step; total budget --max-sweeps 2000; --jobs = all cores): the cases that do not finish with the authors' defaults
# (damping 0).
# Writes the CSVs fbp_defaults_*.csv next to this script; wall and user CPU of each command go to stderr (simulation/docs/bp.md,
# "Defaults of simulate fbp").
set -u
cd "$(dirname "$0")/../../.."
d=simulation/docs/data
t() { /usr/bin/time -f "%e s wall, %U s user: $*" nice -n 10 "$@" 2>&1 >/dev/null | grep ' wall, '; }
for i in 1 2 3; do t ./re simulate fbp --n 1001 --alpha 0.6; done
t ./re simulate fbp --n 101 --alpha 0.6 --runs 50 --seed 1 --out $d/fbp_defaults_n101_a0.6.csv
t ./re simulate fbp --n 1001 --alpha 0.6 --runs 5 --seed 1 --out $d/fbp_defaults_n1001_a0.6.csv
t ./re simulate fbp --n 321 --k 5 --alpha 0.3 --seed 135 --out $d/fbp_defaults_committee_n321_k5_a0.3.csv
t ./re simulate fbp --n 1001 --alpha 0.75 --runs 6 --seed 1 --out $d/fbp_defaults_n1001_a0.75.csv
