#!/usr/bin/env bash
# In-process throughput (JMH, single thread): MB/s for t2s, s2t, tw2sp, s2twp and --to cn (to-cn) on ../shared/corpus
# (or testdata/samples when it is absent). Not part of `mvn verify`.
#   bench/jmh.sh            all four configurations
#   bench/jmh.sh t2s tw2sp  some of them
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
    -Dmdep.includeScope=test
java -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" io.github.zhnorm.bench.BenchmarkMain "$@"
