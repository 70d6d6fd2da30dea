#!/usr/bin/env bash
# Study of issue 3: success probability vs alpha at N = 1001, SA vs RSA (y = 3, 7) at a fixed total budget of
# replica-sweeps (sweeps x y). Writes one CSV per (algorithm, alpha) under $OUT and prints the summary table
# (see simulation/docs/mc.md). Usage: simulation/docs/mc-study.sh [OUT_DIR] [RUNS] [ALPHAS...]
# Environment: BUDGET (replica-sweeps, default 14000), SEED (first seed, default 101), THREADS (default 1),
# RE (the command that runs the CLI, default the ./re launcher; e.g. "java -jar /tmp/re-copy.jar" so that a
# rebuild during the study does not change the program under it).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${1:-mc-study}"; runs="${2:-20}"; shift $(( $# > 2 ? 2 : $# )) || true
alphas=("$@"); [ ${#alphas[@]} -eq 0 ] && alphas=(0.3 0.35 0.4 0.45 0.5 0.55 0.6 0.65 0.7 0.75)
re_cmd="${RE:-$here/re}"
budget="${BUDGET:-14000}"; seed="${SEED:-101}"; threads="${THREADS:-1}"
mkdir -p "$out"
rate() { python3 -c "import sys; a,b,t=map(float,sys.argv[1:]); print((b/a)**(1/t))" "$@"; }
step() { python3 -c "import sys; g,t=map(float,sys.argv[1:]); print(g/t)" "$@"; }
for a in "${alphas[@]}"; do
  # SA: linear beta 0.5 -> 2.5 over the whole budget
  f="$out/sa_a${a}.csv"
  [ -s "$f" ] || nice -n 10 $re_cmd simulate sa --n 1001 --alpha "$a" --runs "$runs" --seed "$seed" --threads "$threads" \
      --details --sweeps "$budget" --beta-schedule linear --beta0 0.5 --beta-rate "$(step 2.0 "$budget")" --beta-max 2.5 --out "$f" 2>/dev/null
  for y in 3 7; do
    t=$(( budget / y ))
    case $y in 3) bmax=${BMAX3:-1.5}; gmax=${GMAX3:-1.5};; 7) bmax=${BMAX7:-1.0}; gmax=${GMAX7:-1.5};; esac
    f="$out/rsa${y}_a${a}.csv"
    [ -s "$f" ] || nice -n 10 $re_cmd simulate rsa --n 1001 --alpha "$a" --y "$y" --runs "$runs" --seed "$seed" --threads "$threads" \
        --details --sweeps "$t" --beta-schedule geometric --beta0 0.5 --beta-rate "$(rate 0.5 "$bmax" "$t")" --beta-max "$bmax" \
        --gamma-schedule linear --gamma0 0 --gamma-rate "$(step "$gmax" "$t")" --gamma-max "$gmax" --out "$f" 2>/dev/null
  done
done
# summary: P(solved), median sweeps over all runs (unsolved = infinite), median over solved runs, in the
# algorithm's own sweeps and in replica-sweeps (sweeps x y)
echo "algorithm,y,alpha,runs,solved,p_solved,median_sweeps,median_replica_sweeps,median_sweeps_solved_only"
for f in "$out"/*.csv; do
  grep -v '^#' "$f" | tail -n +2 | awk -F, '
    { n++; y=$5; alg=$1; alpha=$3; if ($7=="true") { s++; v[s]=$9 } }
    END {
      # sort solved sweeps
      for (i=1;i<=s;i++) for (j=i+1;j<=s;j++) if (v[j]<v[i]) { t=v[i]; v[i]=v[j]; v[j]=t }
      half=(n+1)/2
      if (s >= half) { if (n%2==1) med=v[int(half)]; else { k=n/2; med=(k+1<=s)?(v[k]+v[k+1])/2:"inf" } } else med="inf"
      meds = (s>0) ? ((s%2==1)?v[(s+1)/2]:(v[s/2]+v[s/2+1])/2) : ""
      rs = (med=="inf") ? "inf" : med*y
      printf "%s,%d,%.4f,%d,%d,%.2f,%s,%s,%s\n", alg, y, alpha, n, s, s/n, med, rs, meds
    }'
done | sort -t, -k1,1 -k3,3n
