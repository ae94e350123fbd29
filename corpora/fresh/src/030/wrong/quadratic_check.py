"""Correct, but the check scans all bikes for every kid: too slow for large camps."""
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
        used = [False] * m
        got = 0
        for x in h:
            for j in range(m):
                if not used[j] and x - D <= s[j] <= x + D:
                    used[j] = True
                    got += 1
                    break
        return got >= k

    lo, hi = 0, 10**9
    while lo < hi:
        mid = (lo + hi) // 2
        if enough(mid):
            hi = mid
        else:
            lo = mid + 1
    print(lo)
