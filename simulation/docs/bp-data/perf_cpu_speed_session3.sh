#!/bin/bash
# Session 3 speed pass: thread CPU of the solve (the load-robust figure on the shared machine). One JVM per case
# and version, BpBenchmark's end-to-end mode: N = 1001, seed 1, rFBP's settings (epsilon 0.1, init +-0.1,
# damping 0.5), 3 solves per JVM: solve 1 is the cold one (JIT warm-up included), 2-3 warm. "before" = the jar
# before the speed pass (BEFORE_JAR, old launcher flags), "after" = this tree's jar with ./re's flags. Then the
# kernel alone: ms per sweep in a focused state (BpBenchmark main mode, 100 sweeps x 3).
# Usage: BEFORE_JAR=/path/to/old/re.jar simulation/docs/bp-data/perf_cpu_speed_session3.sh > out.csv
set -u
cd "$(dirname "$0")/../../.."
# ./re's flags (the rows of perf_cpu_speed_session3.csv were taken with a blanket dontinline of
# PerceptronKernel::*, which is the same for the field representation measured here)
P=org.robustensemble.simulation.bp.factor.PerceptronKernel  # bp.PerceptronKernel in the jars of these rows
AFTER=(java -XX:+UseSerialGC -XX:CompileCommand=quiet)
for stage in update 'field*' 'magnetization*' sums arguments erfcPairs; do
  AFTER+=("-XX:CompileCommand=dontinline,$P::$stage")
done
AFTER+=(-cp figures/target/re.jar)
BEFORE=(java -XX:+UseSerialGC -XX:TieredStopAtLevel=4 -cp "${BEFORE_JAR:-figures/target/re.jar}")
B=org.robustensemble.figures.bench.BpBenchmark
echo "version,load1,alpha,protocol,representation,threads,block,error_check,seed,rep,solved,steps,sweeps,wall_s,thread_cpu_s,process_cpu_s,cpu_ms_per_sweep"
for round in 1 2 3; do
  for a in 0.6 0.7; do
    for prot in pseudo scoping; do
      for tb in "1 1" "2 16"; do
        set -- $tb
        for v in before after; do
          [ "$v" = before ] && [ "$1" = 2 ] && continue
          if [ "$v" = before ]; then cmd=("${BEFORE[@]}"); else cmd=("${AFTER[@]}"); fi
          l=$(cut -d' ' -f1 /proc/loadavg)
          "${cmd[@]}" $B fbp $a $prot FIELD $1 $2 3 STEP 1 0.1 0.1 | tail -3 | sed "s/^/$v,$l,/"
        done
      done
    done
  done
done
for v in before after; do
  if [ "$v" = before ]; then cmd=("${BEFORE[@]}"); else cmd=("${AFTER[@]}"); fi
  for tb in "1 1" "2 16"; do
    set -- $tb
    echo "# kernel $v threads $1 block $2 load $(cut -d' ' -f1 /proc/loadavg): $("${cmd[@]}" $B FIELD 0.5 $1 $2 100 | tr '\n' ' ')"
  done
done
