"""Lets a kid ride a bike only when |h - s| < D (strict), so every answer comes out one too big."""
import sys

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

    def enough(D):
        j = got = 0
        for x in h:
            while j < m and s[j] <= x - D:
                j += 1
            if j < m and s[j] < x + D:
                got += 1
                j += 1
        return got >= k

    lo, hi = 0, 2 * 10**9
    while lo < hi:
        mid = (lo + hi) // 2
        if enough(mid):
            hi = mid
        else:
            lo = mid + 1
    print(lo)
