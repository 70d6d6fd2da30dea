#!/usr/bin/env bash
# Launcher for the robust-ensemble toolkit: runs the packaged CLI (figures/target/re.jar).
# Builds it once with Maven if it is missing. JVM options: RE_JAVA_OPTS.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$here/figures/target/re.jar"
if [ ! -f "$jar" ]; then
  echo "re: $jar not found, building it (mvn -q -B -DskipTests package)..." >&2
  (cd "$here" && mvn -q -B -DskipTests package) >&2
fi
exec java ${RE_JAVA_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=4} -jar "$jar" "$@"
