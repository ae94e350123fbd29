"""Counts q * b + r // a chocolates, forgetting that a cooling machine makes nothing (no min with b)."""
import sys
from heapq import nlargest

data = sys.stdin.buffer.read().split()
t = int(data[0])
pos = 1
for _ in range(t):
    n, k, m = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
    pos += 3
    ms = []
    hi = None
    for i in range(n):
        a, b, c = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
        pos += 3
        ms.append((a, b, a * b + c))
        q, r = divmod(m - 1, b)
        alone = q * (a * b + c) + (r + 1) * a
        hi = alone if hi is None else min(hi, alone)
    lo = 0
    while hi - lo > 1:
        mid = (lo + hi) // 2
        counts = []
        for a, b, cyc in ms:
            q, r = divmod(mid, cyc)
            counts.append(q * b + r // a)
        if sum(nlargest(k, counts)) >= m:
            hi = mid
        else:
            lo = mid
    print(hi)
