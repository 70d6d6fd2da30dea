#!/bin/bash
# end-to-end wall time of ./re simulate fbp (cold JVM), 5 runs each
out=/tmp/bench_fbp.csv
echo "alpha,protocol,settings,run,wall_s,in_process_s,sweeps,solved,load1" > $out
for a in 0.6 0.7; do
 for prot in pseudo scoping; do
  for set in defaults rfbp; do
   extra=""; [ $set = rfbp ] && extra="--epsilon 0.1 --init-range 0.1"
   pa="--protocol pseudo"; [ $prot = scoping ] && pa="--protocol scoping --y 21 --gamma-max 7"
   for r in 1 2 3 4 5; do
     l=$(cut -d' ' -f1 /proc/loadavg)
     s=$(date +%s.%N)
     row=$(./re simulate fbp --n 1001 --alpha $a --seed 1 $pa --damping 0.5 $extra 2>/dev/null | grep -v '^#' | tail -1)
     e=$(date +%s.%N)
     w=$(echo "$e - $s" | bc)
     sec=$(echo $row | cut -d, -f11); sw=$(echo $row | cut -d, -f10); so=$(echo $row | cut -d, -f7)
     echo "$a,$prot,$set,$r,$w,$sec,$sw,$so,$l" >> $out
   done
  done
 done
done
