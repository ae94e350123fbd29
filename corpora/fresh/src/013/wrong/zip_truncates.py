"""Compares the blocks pairwise with zip but forgets to check that the numbers of blocks match."""
import sys
from itertools import groupby

data = sys.stdin.read().split()
t = int(data[0])
for i in range(t):
    s, u = data[1 + 2 * i], data[2 + 2 * i]
    rs = [(c, len(list(g))) for c, g in groupby(s)]
    ru = [(c, len(list(g))) for c, g in groupby(u)]
    sticky = set()
    ok = True
    for (c, a), (d, b) in zip(rs, ru):
        if c != d or b < a or b > 2 * a:
            ok = False
            break
        if b > a:
            sticky.add(c)
    print(len(sticky) if ok else -1)
