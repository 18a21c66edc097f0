#!/usr/bin/env bash
# Throughput of the Spark batch job in local mode on this machine: ../shared/corpus repeated to about 100 MB,
# one record per line, converted with --to cn on local[2]. Prints records/s and MB/s (wall time of the job,
# JVM and Spark start-up included).
#   bench/spark-local.sh [MASTER]        default local[2]
set -euo pipefail
cd "$(dirname "$0")/.."
master=${1:-local[2]}
work=target/bench; mkdir -p "$work"
mvn -B -q -DskipTests package dependency:build-classpath -Dmdep.outputFile="$work/spark.classpath" \
    -Dmdep.includeScope=provided
in="$work/spark-input.txt"
if [ ! -f "$in" ]; then
  src=../shared/corpus/trad.txt; [ -f "$src" ] || src=testdata/samples/taiwan.txt
  : > "$in"; while [ "$(stat -c %s "$in")" -lt 100000000 ]; do cat "$src" >> "$in"; done
fi
flags=$(sed -n 's:.*<spark.jvm.flags>\(.*\)</spark.jvm.flags>.*:\1:p' pom.xml)
records=$(wc -l < "$in"); bytes=$(stat -c %s "$in")
rm -rf "$work/spark-out"
start=$(date +%s.%N)
# shellcheck disable=SC2086
java $flags -Xmx4g -Dspark.master="$master" -Dspark.ui.enabled=false -cp "target/classes:$(cat "$work/spark.classpath")" \
    io.github.zhnorm.spark.ZhnormJob --to cn --format lines --output "$work/spark-out" "$in" 2>/dev/null
end=$(date +%s.%N)
secs=$(echo "$end - $start" | bc -l)
printf 'master %s: %d records, %.1f MB in %.1f s: %.0f records/s, %.1f MB/s\n' "$master" "$records" \
    "$(echo "$bytes / 1000000" | bc -l)" "$secs" "$(echo "$records / $secs" | bc -l)" "$(echo "$bytes / 1000000 / $secs" | bc -l)"
