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
#  Application class-data sharing (AppCDS; BENCHMARKS.md, session 5): the first run of a command after a build
#    records the classes it loads in figures/target/re-<group>-<command>.jsa (-XX:ArchiveClassesAtExit, written to
#    a temporary file and renamed into place, so parallel first runs cannot leave a torn archive); later runs map
#    them from there (-XX:SharedArchiveFile), about 0.1 s less start-up per cold command. A rebuilt jar makes the
#    archive stale (older than the jar) and the next run records a new one; help, version and failed runs record
#    nothing. The JVM's CDS messages go to stdout, so they are switched off (-Xlog:cds*=off); a stale or unusable
#    archive is then silently ignored. RE_CDS=0 turns this off.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$here/figures/target/re.jar"
if [ ! -f "$jar" ]; then
  echo "re: $jar not found, building it (mvn -q -B -DskipTests package)..." >&2
  (cd "$here" && mvn -q -B -DskipTests package) >&2
fi
default_opts="-XX:+UseSerialGC -XX:CompileCommand=quiet"
for stage in update 'field*' 'magnetization*' sums arguments erfcPairs; do
  default_opts+=" -XX:CompileCommand=dontinline,org.robustensemble.simulation.bp.factor.PerceptronKernel::$stage"
done
set -f  # no globbing of the "*" patterns
# one archive per command ("simulate fbp" -> re-simulate-fbp.jsa): each records the classes its command needs;
# no archive with RE_JAVA_OPTS, RE_CDS=0, a read-only target/, an argument pair that is not a command name, or
# a help or version run (too few classes to be worth recording)
key="${1:-}-${2:-}"
cds=1
{ [ -n "${RE_JAVA_OPTS:-}" ] || [ "${RE_CDS:-1}" = 0 ] || [ ! -w "$(dirname "$jar")" ]; } && cds=0
case "$key" in [a-z]*-[a-z]*) ;; *) cds=0 ;; esac
case "$key" in *[!a-z-]*) cds=0 ;; esac
for a in "$@"; do
  case "$a" in -h|--help|-V|--version) cds=0 ;; esac
done
if [ "$cds" = 0 ]; then
  exec java ${RE_JAVA_OPTS:-$default_opts} -jar "$jar" "$@"
fi
jsa="${jar%.jar}-$key.jsa"
if [ -f "$jsa" ] && [ "$jsa" -nt "$jar" ]; then
  exec java $default_opts -Xlog:cds*=off -XX:SharedArchiveFile="$jsa" -jar "$jar" "$@"
fi
tmp="$jsa.$$.tmp"
rc=0
java $default_opts -Xlog:cds*=off -XX:ArchiveClassesAtExit="$tmp" -jar "$jar" "$@" || rc=$?
if [ "$rc" = 0 ] && [ -s "$tmp" ]; then mv -f "$tmp" "$jsa"; else rm -f "$tmp"; fi  # failed runs: no archive
exit "$rc"
