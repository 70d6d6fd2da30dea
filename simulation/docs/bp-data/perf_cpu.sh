#!/usr/bin/env bash
# CPU-time companion of perf.sh (robust on a shared machine): the same end-to-end fBP solves, run 5 times in one
# JVM by the BpBenchmark harness, reporting wall seconds, the calling thread's CPU seconds, the process CPU seconds
# (all threads, JIT compiler and GC included) and thread-CPU ms per sweep (repetition 1 includes JIT warm-up).
# With 2 threads the work runs on pool threads: read process CPU and wall there.
# REP=FIELD|MAGNETIZATION, TAG=suffix of the output file.
set -euo pipefail
cd "$(dirname "$0")/../../.."
rep=${REP:-FIELD}
out=simulation/docs/bp-data/perf_cpu_${rep}${TAG:-}.csv
jar=figures/target/re.jar
first=1
for a in 0.6 0.7; do
  for p in pseudo scoping; do
    for tb in "1 1" "2 16"; do
      set -- $tb
      load=$(cut -d' ' -f1 /proc/loadavg)
      java -XX:+UseSerialGC -XX:TieredStopAtLevel=4 -cp $jar org.robustensemble.figures.bench.BpBenchmark \
          fbp $a $p $rep $1 $2 5 | { if [ $first = 1 ]; then sed "1s/\$/,load1/;2,\$s/\$/,$load/"; else sed "1d;s/\$/,$load/"; fi; } \
          | tee -a $out.tmp
      first=0
    done
  done
done
mv $out.tmp $out
