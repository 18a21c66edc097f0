#!/usr/bin/env python3
"""Finds characters a conversion doubled: a pair of equal CJK characters in the converted text that the plain
   script conversion of the same line does not have (乙太網路路, 虛擬機器器).
   dev/doubled-chars.py SCRIPT_CONVERTED CONVERTED [ORIGINAL]"""
import collections, re, sys
plain = open(sys.argv[1], encoding='utf-8').read().split('\n')
conv = open(sys.argv[2], encoding='utf-8').read().split('\n')
orig = open(sys.argv[3], encoding='utf-8').read().split('\n') if len(sys.argv) > 3 else plain
count, example = collections.Counter(), {}
pair = re.compile(r'([\u4e00-\u9fff])\1')
for o, p, c in zip(orig, plain, conv):
    before = collections.Counter(m.group(0) for m in pair.finditer(p))
    for k, v in collections.Counter(m.group(0) for m in pair.finditer(c)).items():
        if v > before.get(k, 0):
            count[k] += 1
            example.setdefault(k, (o.strip()[:60], c.strip()[:60]))
for k, v in count.most_common():
    print(v, k, ' | '.join(example[k]))
