#!/bin/bash
# Cold-start timing of one `simulate fbp` command for one or more jars, runs interleaved jar by jar: the JVM flags
# of ./re (serial GC, the perceptron kernel's stages not inlined; class name KERNEL_<i>), no class-data archive.
# Prints jar,run,wall_s,user_s,sys_s,seconds(in-process),sweeps,solved,load1 and per jar the medians.
# Usage: REPS=7 perf_fbp_cold.sh "JAR1=KERNEL1" "JAR2=KERNEL2" -- simulate fbp --n 1001 ...
set -u
REPS=${REPS:-5}
specs=()
while [ "$1" != -- ]; do specs+=("$1"); shift; done
shift
echo "jar,run,wall_s,user_s,sys_s,seconds,sweeps,solved,load1"
for r in $(seq "$REPS"); do
  for sp in "${specs[@]}"; do
    jar=${sp%%=*}; kernel=${sp#*=}
    opts="-XX:+UseSerialGC -XX:CompileCommand=quiet"
    for stage in update 'field*' 'magnetization*' sums arguments erfcPairs; do
      opts+=" -XX:CompileCommand=dontinline,$kernel::$stage"
    done
    l=$(cut -d' ' -f1 /proc/loadavg)
    tf=$(mktemp)
    set -f
    row=$( /usr/bin/time -o "$tf" -f "%e,%U,%S" java $opts -jar "$jar" "$@" 2>/dev/null | grep '^fbp,' | tail -1 )
    set +f
    tm=$(tail -1 "$tf"); rm -f "$tf"
    echo "$(basename "$jar"),$r,$tm,$(echo "$row" | cut -d, -f11),$(echo "$row" | cut -d, -f10),$(echo "$row" | cut -d, -f7),$l"
  done
done
