"""Simulates every machine chocolate by chocolate: O(m) per machine, far too slow for large m."""
import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
pos = 1
for _ in range(t):
    n, k, m = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
    pos += 3
    lists = []
    for i in range(n):
        a, b, c = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
        pos += 3
        times = []
        now = 0
        j = 0
        while len(times) < m:
            now += a
            times.append(now)
            j += 1
            if j == b:
                now += c
                j = 0
        lists.append(times)
    # binary search over the merged candidate moments
    cands = sorted(set(x for ts in lists for x in ts))
    import bisect
    lo, hi = -1, len(cands) - 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        T = cands[mid]
        made = sorted((bisect.bisect_right(ts, T) for ts in lists), reverse=True)
        if sum(made[:k]) >= m:
            hi = mid
        else:
            lo = mid
    print(cands[hi])
