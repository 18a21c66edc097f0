#!/usr/bin/env bash
# Whole-process timing: zhnorm's CLI against HanLP (portable-1.8.6) and opencc4j (1.14.0) converting the same
# ~100 MB file (../shared/corpus repeated), each in a fresh JVM; median of N runs; prints the ratios.
#   bench/whole-process.sh [RUNS] [CONFIGS...]      default: 3 runs; t2s s2t tw2sp s2twp
# Peers come from the Maven profile `peers` (benchmark only; never in the shipped jar).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}; shift || true
configs=${*:-t2s s2t tw2sp s2twp}
corpus=${ZHNORM_CORPUS:-../shared/corpus}
work=target/bench; mkdir -p "$work/peers"
[ -f target/zhnorm.jar ] || mvn -B -q -DskipTests package
mvn -B -q -Ppeers dependency:build-classpath -Dmdep.outputFile="$work/peers.classpath" -Dmdep.includeScope=test
cp=$(cat "$work/peers.classpath")
javac -d "$work/peers" -cp "$cp" bench/peers/PeerMain.java
make_input() { # $1 = trad|simp
  local f="$work/$1-100mb.txt"
  if [ ! -f "$f" ]; then
    if [ -f "$corpus/$1.txt" ]; then src="$corpus/$1.txt"; else src=testdata/samples/$([ "$1" = trad ] && echo taiwan || echo simplified).txt; fi
    : > "$f"; while [ "$(stat -c %s "$f")" -lt 100000000 ]; do cat "$src" >> "$f"; done
  fi
  echo "$f"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
timeit() { # command... → seconds (median of $runs)
  for _ in $(seq "$runs"); do /usr/bin/time -f "%e" "$@" 2>&1 >/dev/null | tail -1; done | median
}
printf '%-6s %8s %9s %9s %9s %8s %8s\n' config MB zhnorm hanlp opencc4j "x hanlp" "x o4j"
for c in $configs; do
  case $c in t2s|tw2sp) in=$(make_input trad);; *) in=$(make_input simp);; esac
  mb=$(( $(stat -c %s "$in") / 1000000 ))
  z=$(timeit java -jar target/zhnorm.jar convert -q -c "$c" -o "$work/out.zhnorm" "$in")
  h=$(timeit java -Xmx4g -cp "$work/peers:$cp" PeerMain hanlp "$c" "$in" "$work/out.hanlp")
  o=$(timeit java -Xmx4g -cp "$work/peers:$cp" PeerMain opencc4j "$c" "$in" "$work/out.o4j")
  printf '%-6s %8s %8ss %8ss %8ss %8.2f %8.2f\n' "$c" "$mb" "$z" "$h" "$o" "$(echo "$h / $z" | bc -l)" "$(echo "$o / $z" | bc -l)"
done
