#!/usr/bin/env bash
# Reproduces the SGD / replicated-SGD studies of simulation/docs/sgd.md. Output: simulation/docs/sgd-data/*.csv
# Usage (from the repository root): simulation/docs/sgd-studies.sh [A|B|C|D ...]   (default: A B C)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
# RE_JAR: a jar to run (default: the built figures/target/re.jar, via ./re); set it to a copy so that rebuilding
# during a long study does not swap the code under it
if [ -n "${RE_JAR:-}" ]; then re_cmd=(java -XX:+UseSerialGC -jar "$RE_JAR"); else re_cmd=("$root/re"); fi
out="$here/sgd-data"
mkdir -p "$out"
T=${THREADS:-1}
WP="--n 321 --k 5 --batch 80 --eta 2"
RS="--y 7 --lambda 0.75 --gamma 0.05 --gamma-step 0.001 --epochs 1000"
# plain SGD with the same budget of pattern presentations: 7 replicas x 1000 epochs = 7000 epochs of one network
SG="--y 1 --lambda 0 --epochs 7000"
studies=${*:-A B C}
for s in $studies; do
  case $s in
    A)  # acceptance: the published working point, 10 instances
        nice -n 10 "${re_cmd[@]}" simulate sgd $WP --alpha 0.5 $RS --seed 1 --runs 10 --threads $T --out "$out/working-point-rsgd.csv"
        nice -n 10 "${re_cmd[@]}" simulate sgd $WP --alpha 0.5 $SG --seed 1 --runs 10 --threads $T --out "$out/working-point-sgd.csv"
        ;;
    B)  # success probability vs alpha, 20 instances per point
        for a in 0.3 0.35 0.4 0.45 0.5 0.55 0.6; do
          nice -n 10 "${re_cmd[@]}" simulate sgd $WP --alpha $a $RS --seed 101 --runs 20 --threads $T --out "$out/alpha-$a-rsgd.csv"
          nice -n 10 "${re_cmd[@]}" simulate sgd $WP --alpha $a $SG --seed 101 --runs 20 --threads $T --out "$out/alpha-$a-sgd.csv"
        done
        ;;
    C)  # generalization, teacher-student, 20 instances per point, 10000 fresh test patterns
        for a in 0.3 0.5 0.8; do
          nice -n 10 "${re_cmd[@]}" simulate sgd $WP --alpha $a $RS --teacher --seed 201 --runs 20 --threads $T --out "$out/teacher-$a-rsgd.csv"
          nice -n 10 "${re_cmd[@]}" simulate sgd $WP --alpha $a $SG --teacher --seed 201 --runs 20 --threads $T --out "$out/teacher-$a-sgd.csv"
        done
        ;;
    D)  # is rSGD budget-limited at large alpha? the two largest loads of B with a 3x longer budget
        for a in 0.55 0.6; do
          nice -n 10 "${re_cmd[@]}" simulate sgd $WP --alpha $a --y 7 --lambda 0.75 --gamma 0.05 --gamma-step 0.001 --epochs 3000 --seed 101 --runs 20 --threads $T --out "$out/alpha-$a-rsgd-3000.csv"
        done
        ;;
    *) echo "unknown study $s" >&2; exit 2 ;;
  esac
done
