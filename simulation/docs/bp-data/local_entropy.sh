#!/usr/bin/env bash
# Local-entropy curves at alpha = 0.4, N = 1001 (science.md 4.4): around an fBP solution (random labels), and on a
# teacher-student instance around the fBP solution and around the teacher (a typical, isolated solution).
set -euo pipefail
cd "$(dirname "$0")/../../.."
d=simulation/docs/bp-data
grid="4:-0.2:0"  # start:step:end (the CSVs here were made with the older FROM:TO:STEP form, 4:0:0.2)
./re simulate fbp --n 1001 --alpha 0.4 --seed 7 --protocol pseudo --damping 0.5 \
    --save-instance $d/le_inst_random.txt --save-weights $d/le_fbp_random.txt > $d/le_fbp_random_run.csv
./re measure local-entropy --instance $d/le_inst_random.txt --reference $d/le_fbp_random.txt --gamma-grid $grid \
    --damping 0.5 --epsilon 1e-5 --max-iters 2000 --out $d/le_random_fbp.csv
./re simulate fbp --n 1001 --alpha 0.4 --seed 7 --teacher --protocol pseudo --damping 0.5 \
    --save-instance $d/le_inst_teacher.txt --save-weights $d/le_fbp_teacher.txt > $d/le_fbp_teacher_run.csv
grep '^teacher ' $d/le_inst_teacher.txt | cut -d' ' -f2 > $d/le_teacher_weights.txt
./re measure local-entropy --instance $d/le_inst_teacher.txt --reference $d/le_fbp_teacher.txt --gamma-grid $grid \
    --damping 0.5 --epsilon 1e-5 --max-iters 2000 --out $d/le_teacher_fbp.csv
./re measure local-entropy --instance $d/le_inst_teacher.txt --reference $d/le_teacher_weights.txt --gamma-grid $grid \
    --damping 0.5 --epsilon 1e-5 --max-iters 2000 --out $d/le_teacher_teacher.csv
# ascending gamma (messages continued from gamma = 0 upwards): hysteresis check
./re measure local-entropy --instance $d/le_inst_teacher.txt --reference $d/le_teacher_weights.txt --gamma-grid 0:0.2:4 \
    --damping 0.5 --epsilon 1e-5 --max-iters 2000 --out $d/le_teacher_teacher_up.csv
./re measure local-entropy --instance $d/le_inst_random.txt --reference $d/le_fbp_random.txt --gamma-grid 0:0.2:4 \
    --damping 0.5 --epsilon 1e-5 --max-iters 2000 --out $d/le_random_fbp_up.csv
