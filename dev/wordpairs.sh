#!/usr/bin/env bash
# Accuracy on the held-out Taiwan/mainland word pairs (testdata/wordpairs/tw-cn.tsv), both directions, through
# the jar: each word alone on a line. Optional: a jar path (default target/zhnorm.jar), then -v to list misses.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${1:-target/zhnorm.jar}
pairs=${PAIRS:-testdata/wordpairs/tw-cn.tsv}
grep -v '^#' "$pairs" | cut -f1 > /tmp/wp.tw
grep -v '^#' "$pairs" | cut -f2 > /tmp/wp.cn
java -jar "$jar" convert --to cn /tmp/wp.tw > /tmp/wp.tw2cn
java -jar "$jar" convert --to tw /tmp/wp.cn > /tmp/wp.cn2tw
java -jar "$jar" -c tw2sp convert /tmp/wp.tw > /tmp/wp.opencc 2>/dev/null || java -jar "$jar" convert -c tw2sp /tmp/wp.tw > /tmp/wp.opencc
python3 - "$@" <<'PY'
import sys
tw=open('/tmp/wp.tw').read().split('\n'); cn=open('/tmp/wp.cn').read().split('\n')
a=open('/tmp/wp.tw2cn').read().split('\n'); b=open('/tmp/wp.cn2tw').read().split('\n'); o=open('/tmp/wp.opencc').read().split('\n')
n=len([x for x in tw if x])
ok1=sum(1 for x,y in zip(cn,a) if x and x==y); ok2=sum(1 for x,y in zip(tw,b) if x and x==y); ok3=sum(1 for x,y in zip(cn,o) if x and x==y)
print(f"pairs {n}: --to cn {ok1}/{n} = {ok1/n:.1%}; --to tw {ok2}/{n} = {ok2/n:.1%}; OpenCC tw2sp (bundled) {ok3}/{n} = {ok3/n:.1%}")
if '-v' in sys.argv:
    for x,y,z in zip(tw,cn,a):
        if x and y!=z: print(f"  cn miss: {x} → {z} (want {y})")
    for x,y,z in zip(cn,tw,b):
        if x and y!=z: print(f"  tw miss: {x} → {z} (want {y})")
PY
