"""Counts kids that have some bike within D, forgetting that a bike can go to only one kid."""
import sys
from bisect import bisect_left

data = sys.stdin.buffer.read().split()
t = int(data[0])
pos = 1
for _ in range(t):
    n, m, k = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
    pos += 3
    h = list(map(int, data[pos : pos + n]))
    pos += n
    s = sorted(map(int, data[pos : pos + m]))
    pos += m
    nearest = []
    for x in h:
        p = bisect_left(s, x)
        d = min(abs(s[q] - x) for q in (p - 1, p) if 0 <= q < m)
        nearest.append(d)
    nearest.sort()
    print(nearest[k - 1])
