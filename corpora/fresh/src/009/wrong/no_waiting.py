"""Forgets that Bob may stay in his cell for a minute: only moves to neighbouring cells."""
from collections import deque

t = int(input())
for _ in range(t):
    n, m = map(int, input().split())
    g = [input().strip() for _ in range(n)]
    for i in range(n):
        for j in range(m):
            if g[i][j] == "S":
                s = (i, j)
            if g[i][j] == "T":
                e = (i, j)
    dist = {(s, 0): 0}
    dq = deque([(s, 0)])
    ans = -1
    while dq:
        (i, j), p = dq.popleft()
        d = dist[((i, j), p)]
        if (i, j) == e:
            ans = d
            break
        for di, dj in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            a, b = i + di, j + dj
            if 0 <= a < n and 0 <= b < m:
                ch = g[a][b]
                if ch == "#" or (ch == "A" and p == 0) or (ch == "B" and p == 1):
                    continue
                key = ((a, b), 1 - p)
                if key not in dist:
                    dist[key] = d + 1
                    dq.append(key)
    print(ans)
