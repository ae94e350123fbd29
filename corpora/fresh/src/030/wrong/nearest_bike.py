"""Binary search, but in the check every kid takes the free bike closest to their height."""
import sys
from bisect import bisect_left


def enough(h, s, k, D):
    free = list(s)
    got = 0
    for x in h:
        p = bisect_left(free, x)
        best = -1
        for q in (p - 1, p):
            if 0 <= q < len(free) and abs(free[q] - x) <= D:
                if best < 0 or abs(free[q] - x) < abs(free[best] - x):
                    best = q
        if best >= 0:
            free.pop(best)
            got += 1
    return got >= k


data = sys.stdin.buffer.read().split()
t = int(data[0])
pos = 1
for _ in range(t):
    n, m, k = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
    pos += 3
    h = sorted(map(int, data[pos : pos + n]))
    pos += n
    s = sorted(map(int, data[pos : pos + m]))
    pos += m
    lo, hi = 0, 10**9
    while lo < hi:
        mid = (lo + hi) // 2
        if enough(h, s, k, mid):
            hi = mid
        else:
            lo = mid + 1
    print(lo)
