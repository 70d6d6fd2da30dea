#!/usr/bin/env bash
# Committee machine N = 321, K = 5, alpha = 0.3 (M = 482), standard reinforcement (dx = 0.01, the default protocol),
# instance seeds 1..10 (instance and BP seed = seed). First the authors' example settings (init 0.1, 1 sweep per
# step, damping 0.5) with the default symmetry breaking (0.1) and without it (0 = the code before the fix), then the
# package defaults (init 0.01, up to 1000 sweeps per step) with damping 0.5 and 0.
set -euo pipefail
cd "$(dirname "$0")/../../.."
d=simulation/docs/bp-data/committee
mkdir -p $d
J="java -XX:+UseSerialGC -jar ${RE_JAR:-figures/target/re.jar}"
run() { f=$d/$1.csv; shift; [ -f $f ] || $J simulate fbp --n 321 --k 5 --alpha 0.3 --seed 1 --runs 10 "$@" --out $f 2>> $d/progress.log; }
run example_sb0.1 --init-range 0.1 --max-iters 1 --damping 0.5
run example_sb0 --init-range 0.1 --max-iters 1 --damping 0.5 --symmetry-breaking 0
run defaults_damping0.5_sb0.1 --damping 0.5 --init-range 0.01 --max-iters 1000   # stopped for machine time before its first row
