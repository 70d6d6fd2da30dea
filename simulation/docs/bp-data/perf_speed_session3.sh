#!/bin/bash
# Session 3 speed pass (issue 4 acceptance item): cold `re simulate fbp` runs with rFBP's settings
# (epsilon 0.1, initial messages +-0.1, damping 0.5), N = 1001, instance/BP seed 1, 5 runs per case, cases
# interleaved run by run. "before" = the jar of main before the speed pass (BEFORE_JAR) with the old launcher flags,
# "after" = ./re of this tree (new launcher flags). Columns: wall (whole command, /usr/bin/time), user/sys CPU
# of the process, the command's in-process `seconds` (solve, JIT included; JVM start, CLI and instance excluded),
# sweeps, load average (1 min) at the start of the run.
# Usage: BEFORE_JAR=/path/to/old/re.jar simulation/docs/bp-data/perf_speed_session3.sh > out.csv
set -u
cd "$(dirname "$0")/../../.."
REPS=${REPS:-5}
echo "version,alpha,protocol,threads,block,run,wall_s,user_s,sys_s,seconds,sweeps,solved,load1"
for r in $(seq "$REPS"); do
  for a in 0.6 0.7; do
    for prot in pseudo scoping; do
      pa="--protocol pseudo"; [ "$prot" = scoping ] && pa="--protocol scoping --y 21 --gamma-max 7"
      for tb in "1 1" "2 16"; do
        set -- $tb; t=$1; b=$2
        for v in before after; do
          if [ "$v" = before ]; then
            [ "$t" = 2 ] && continue
            [ -n "${BEFORE_JAR:-}" ] || continue
            cmd=(java -XX:+UseSerialGC -XX:TieredStopAtLevel=4 -jar "$BEFORE_JAR")
          else
            cmd=(./re)
          fi
          l=$(cut -d' ' -f1 /proc/loadavg)
          tf=$(mktemp)
          row=$( /usr/bin/time -o "$tf" -f "%e,%U,%S" "${cmd[@]}" simulate fbp --n 1001 --alpha $a --seed 1 $pa \
                 --damping 0.5 --epsilon 0.1 --init-range 0.1 --threads $t --block $b 2>/dev/null | grep -v '^#' | tail -1 )
          tm=$(tail -1 "$tf"); rm -f "$tf"
          sec=$(echo "$row" | cut -d, -f11); sw=$(echo "$row" | cut -d, -f10); so=$(echo "$row" | cut -d, -f7)
          echo "$v,$a,$prot,$t,$b,$r,$tm,$sec,$sw,$so,$l"
        done
      done
    done
  done
done
