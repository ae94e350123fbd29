"""Searches the answer only up to m * min(a_i), which is too small when the machines must cool."""
import sys
from heapq import nlargest

data = sys.stdin.buffer.read().split()
t = int(data[0])
pos = 1
for _ in range(t):
    n, k, m = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
    pos += 3
    ms = []
    for i in range(n):
        a, b, c = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
        pos += 3
        ms.append((a, b, a * b + c))
    hi = m * min(a for a, b, cyc in ms)
    lo = 0
    while hi - lo > 1:
        mid = (lo + hi) // 2
        counts = []
        for a, b, cyc in ms:
            q, r = divmod(mid, cyc)
            counts.append(q * b + min(b, r // a))
        if sum(nlargest(k, counts)) >= m:
            hi = mid
        else:
            lo = mid
    print(hi)
