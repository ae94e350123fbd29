"""Lets a sticky press print its letter any number of times (forgets the 'at most twice')."""
import sys
from itertools import groupby

data = sys.stdin.read().split()
t = int(data[0])
for i in range(t):
    s, u = data[1 + 2 * i], data[2 + 2 * i]
    rs = [(c, len(list(g))) for c, g in groupby(s)]
    ru = [(c, len(list(g))) for c, g in groupby(u)]
    if len(rs) != len(ru):
        print(-1)
        continue
    sticky = set()
    ok = True
    for (c, a), (d, b) in zip(rs, ru):
        if c != d or b < a:
            ok = False
            break
        if b > a:
            sticky.add(c)
    print(len(sticky) if ok else -1)
