#!/usr/bin/env bash
# Launcher for the robust-ensemble toolkit: runs the packaged CLI (figures/target/re.jar).
# Builds it once with Maven if it is missing, warns when a source is newer than it. JVM options: RE_JAVA_OPTS (replaces the defaults below).
#
# Default JVM options (measurements: simulation/docs/bp-benchmarks.md "Start-up, JIT warm-up and per-run overhead", BENCHMARKS.md):
#  -XX:+UseSerialGC   the solvers allocate little; the serial collector starts fastest.
#  dontinline of the perceptron BP kernel's stages (PerceptronKernel.update and the loops it calls): C2 compiles
#    each stage on its own, so a cold `re simulate fbp` reaches compiled speed sooner; the per-edge helpers stay
#    inlinable (a blanket PerceptronKernel::* doubled the sweep time of the magnetization representation).
#  CompileCommand=quiet: HotSpot would otherwise print the command on stdout (the CSV output).
#  Class-data sharing (about 0.1 s per cold start): the first run of a command after a build records the classes
#    it loads in figures/target/re-<group>-<command>.jsa (written to a temporary file, renamed into place only if
#    the run succeeded); later runs map it. A rebuilt jar makes it stale and the next run records a new one. CDS
#    messages would go to stdout, so they are off (-Xlog:cds*=off). RE_CDS=0 turns this off.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$here/figures/target/re.jar"
if [ ! -f "$jar" ]; then
  echo "re: $jar not found, building it (mvn -q -B -DskipTests package)..." >&2
  (cd "$here" && mvn -q -B -DskipTests package) >&2
elif [ -n "$(find "$here" -path "$here/*/src/main/*" -newer "$jar" -type f -print -quit 2>/dev/null)" ]; then
  # a source changed after the last build (e.g. after git pull): say so instead of silently running old code
  echo "re: warning: $jar is older than the sources; rebuild with: mvn -q -B -DskipTests package" >&2
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
# recording run: the JVM runs as a child (the archive is renamed into place after it exits), so the launcher
# forwards SIGTERM, SIGINT and SIGHUP to it (as SIGTERM: a background child ignores SIGINT) and waits: killing the
# launcher (timeout, Ctrl-C) ends the JVM too and records nothing. '<&0' keeps stdin (a background job would get
# /dev/null).
tmp="$jsa.$$.tmp"
java $default_opts -Xlog:cds*=off -XX:ArchiveClassesAtExit="$tmp" -jar "$jar" "$@" <&0 &
pid=$!
trap 'kill -TERM "$pid" 2>/dev/null; killed=1' TERM INT HUP
killed=0
rc=0
wait "$pid" || rc=$?
while kill -0 "$pid" 2>/dev/null; do  # wait was interrupted by a trapped signal: the JVM is still ending
  rc=0
  wait "$pid" || rc=$?
done
trap - TERM INT HUP
if [ "$rc" = 0 ] && [ "$killed" = 0 ] && [ -s "$tmp" ]; then mv -f "$tmp" "$jsa"; else rm -f "$tmp"; fi
exit "$rc"
