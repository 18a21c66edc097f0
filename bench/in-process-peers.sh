#!/usr/bin/env bash
# In-process single-thread throughput of zhnorm, HanLP and opencc4j on the same text, interleaved in one JVM
# (fair on a noisy machine). Peers from the Maven profile `peers` (benchmark only).
#   bench/in-process-peers.sh [ROUNDS] [CONFIGS...]      default: 30 rounds; t2s s2t tw2sp s2twp
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-30}; shift || true
work=target/bench; mkdir -p "$work/peers"
[ -f target/zhnorm.jar ] || mvn -B -q -DskipTests package
mvn -B -q -Ppeers dependency:build-classpath -Dmdep.outputFile="$work/peers.classpath" -Dmdep.includeScope=test
cp="target/zhnorm.jar:$(cat "$work/peers.classpath")"
javac -d "$work/peers" -cp "$cp" bench/peers/InProcess.java
corpus=${ZHNORM_CORPUS:-../shared/corpus}
java -Xms2g -Xmx2g -cp "$work/peers:$cp" InProcess "$rounds" "$corpus" "$@"
