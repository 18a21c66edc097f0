#!/usr/bin/env python3
"""Counts characters that differ between two texts of equal length (line by line), and shows examples.
   dev/changed-chars.py ORIGINAL CONVERTED [N_EXAMPLES]"""
import sys, difflib, collections
a = open(sys.argv[1], encoding='utf-8').read().split('\n')
b = open(sys.argv[2], encoding='utf-8').read().split('\n')
n = int(sys.argv[3]) if len(sys.argv) > 3 else 10
changed = 0
pairs = collections.Counter()
for x, y in zip(a, b):
    if x == y:
        continue
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, x, y, autojunk=False).get_opcodes():
        if op != 'equal':
            changed += max(i2 - i1, j2 - j1)
            pairs[(x[max(0,i1-2):i2+2], y[max(0,j1-2):j2+2])] += 1
print(f"lines: {len(a)} vs {len(b)}; changed characters: {changed}")
for (x, y), c in pairs.most_common(n):
    print(f"  {c:5d}  {x} → {y}")
