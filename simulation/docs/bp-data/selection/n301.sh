#!/usr/bin/env bash
# Protocol/schedule selection at N = 301, alpha = 0.75, instance seeds 201..210 (disjoint from the study's 1..20),
# pseudo-reinforcement 101 steps, damping 0.5, up to 3 sweeps per step.
# V0 = the committed code. V1..V3 ran on a temporary experimental build (not kept, no effect found) with
#   -Dbp.dampFocusing=true   (V1: focusing messages damped like the input messages, as the authors' package does)
#   -Dbp.fieldDamping=true   (V2: damping of FIELD messages in field space, as the authors' tanh format does)
#   both                     (V3; stopped after 9 instances)
cd "$(dirname "$0")/../../../.."
java -XX:+UseSerialGC -jar figures/target/re.jar simulate fbp --n 301 --alpha 0.75 --seed 201 --runs 10 --protocol pseudo \
    --damping 0.5 --max-iters 3 2> simulation/docs/bp-data/selection/n301_a0.75_pseudo101_iters3_V0.log
