"""Correct idea, but runs a separate BFS from every drop: too slow with many drops."""
import sys
from collections import deque

data = sys.stdin.read().split()
t = int(data[0])
pos = 1
for _ in range(t):
    n, m = int(data[pos]), int(data[pos + 1])
    g = data[pos + 2 : pos + 2 + n]
    pos += 2 + n
    INF = 10**9
    best = [INF] * (n * m)
    mask = [0] * (n * m)
    for si in range(n):
        for sj in range(m):
            if g[si][sj] not in "RB":
                continue
            bit = 1 if g[si][sj] == "R" else 2
            d = [-1] * (n * m)
            d[si * m + sj] = 0
            dq = deque([si * m + sj])
            while dq:
                u = dq.popleft()
                if d[u] < best[u]:
                    best[u] = d[u]
                    mask[u] = bit
                elif d[u] == best[u]:
                    mask[u] |= bit
                i, j = divmod(u, m)
                for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                    if 0 <= a < n and 0 <= b < m and g[a][b] != "#" and d[a * m + b] == -1:
                        d[a * m + b] = d[u] + 1
                        dq.append(a * m + b)
    print(mask.count(1), mask.count(2), mask.count(3))
