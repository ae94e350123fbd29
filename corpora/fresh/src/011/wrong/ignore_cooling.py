"""Ignores the cooling: a machine makes T // a_i chocolates by moment T."""
import sys
from heapq import nlargest

data = sys.stdin.buffer.read().split()
t = int(data[0])
pos = 1
for _ in range(t):
    n, k, m = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
    pos += 3
    a_list = []
    for i in range(n):
        a_list.append(int(data[pos]))
        pos += 3
    lo, hi = 0, m * min(a_list)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if sum(nlargest(k, (mid // a for a in a_list))) >= m:
            hi = mid
        else:
            lo = mid
    print(hi)
