#!/usr/bin/env bash
# Start-up: wall time of a one-line conversion through the jar, JVM included; median (min, max) of N runs.
#   bench/startup.sh [RUNS]      default 21
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-21}
[ -f target/zhnorm.jar ] || mvn -B -q -DskipTests package
run() { # label, command...
  local label=$1; shift
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e" "$@" 2>&1 >/dev/null | tail -1
  done | sort -n | awk -v l="$label" '{a[NR]=$1} END {printf "%-44s median %.2f s (min %.2f, max %.2f, %d runs)\n", l, a[int((NR+1)/2)], a[1], a[NR], NR}'
}
run "echo 網際網路 | zhnorm convert --to cn" sh -c 'echo 網際網路 | java -jar target/zhnorm.jar convert --to cn'
run "echo 网络 | zhnorm convert -c s2twp" sh -c 'echo 网络 | java -jar target/zhnorm.jar convert -c s2twp'
run "zhnorm --version" java -jar target/zhnorm.jar --version
run "JVM alone (java -version)" java -version
