#!/usr/bin/env bash
# Launcher for the robust-ensemble toolkit: runs the packaged CLI (figures/target/re.jar).
# Builds it once with Maven if it is missing. JVM options: RE_JAVA_OPTS (replaces the defaults below).
#
# Default JVM options (measured in simulation/docs/bp-benchmarks.md, "Cold start", session 3):
#  -XX:+UseSerialGC   the solvers allocate little; the serial collector starts fastest.
#  dontinline of the perceptron BP kernel's stages (PerceptronKernel.update and the loops it calls, once per
#    pattern each): C2 compiles each stage as its own small method instead of one large inlined update, so a
#    cold `re simulate fbp` reaches compiled speed sooner and a rare branch taken late (an erfc tail) recompiles
#    one stage, not the whole update; the stages run as fast as inlined ones (the call cost is per 1001-edge
#    loop). The per-edge helpers (cavity, combine, ...) must stay inlinable: a blanket PerceptronKernel::*
#    doubled the magnetization representation's sweep time.
#  CompileCommand=quiet: HotSpot would otherwise print the command on stdout (the CSV output).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$here/figures/target/re.jar"
if [ ! -f "$jar" ]; then
  echo "re: $jar not found, building it (mvn -q -B -DskipTests package)..." >&2
  (cd "$here" && mvn -q -B -DskipTests package) >&2
fi
default_opts="-XX:+UseSerialGC -XX:CompileCommand=quiet"
for stage in update 'field*' 'magnetization*' sums arguments erfcPairs; do
  default_opts+=" -XX:CompileCommand=dontinline,org.robustensemble.simulation.bp.PerceptronKernel::$stage"
done
set -f  # no globbing of the "*" patterns
exec java ${RE_JAVA_OPTS:-$default_opts} -jar "$jar" "$@"
