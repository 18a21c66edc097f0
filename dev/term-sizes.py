#!/usr/bin/env python3
"""Entries and guard words per term map (dictionaries/terms), for the README and closing notes."""
import os, sys
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'dictionaries', 'terms')
def count(p, guard):
    n = 0
    for line in open(p, encoding='utf-8'):
        line = line.rstrip('\n')
        if line and not line.startswith('#'):
            n += 1
    return n
rows = []
for folder in sorted(os.listdir(root)):
    d = os.path.join(root, folder)
    if not os.path.isdir(d):
        continue
    for f in sorted(os.listdir(d)):
        if f.endswith('.guard.txt') or not f.endswith('.txt'):
            continue
        g = os.path.join(d, f[:-4] + '.guard.txt')
        rows.append((folder, f[:-4], count(os.path.join(d, f), False), count(g, True) if os.path.exists(g) else 0))
tot = {}
for folder, dom, n, g in rows:
    tot.setdefault(folder, [0, 0]); tot[folder][0] += n; tot[folder][1] += g
if '--markdown' in sys.argv:
    domains = sorted({r[1] for r in rows if r[0] != 'artifacts'})
    folders = [f for f in ['tw-cn', 'hk-cn', 'cn-tw', 'cn-hk'] if f in tot]
    print('| domain | ' + ' | '.join(folders) + ' |')
    print('|---|' + '---|' * len(folders))
    for dom in domains:
        cells = []
        for f in folders:
            m = [r for r in rows if r[0] == f and r[1] == dom]
            cells.append(f"{m[0][2]} ({m[0][3]})" if m else '')
        print(f'| {dom} | ' + ' | '.join(cells) + ' |')
    print('| **total** | ' + ' | '.join(f"**{tot[f][0]}** ({tot[f][1]})" for f in folders) + ' |')
    a = [r for r in rows if r[0] == 'artifacts']
    print('\nartifacts: ' + ', '.join(f"{r[1]} {r[2]}" for r in a))
else:
    for r in rows:
        print(f"{r[0]:10s} {r[1]:22s} {r[2]:6d} entries {r[3]:5d} guards")
    for f, (n, g) in tot.items():
        print(f"{f:10s} total {n} entries, {g} guards")
