"""Marks a cell visited once for both parities of time, so waiting or returning is never explored."""
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
    dist = {s: 0}
    dq = deque([s])
    ans = -1
    while dq:
        i, j = dq.popleft()
        d = dist[(i, j)]
        if (i, j) == e:
            ans = d
            break
        for di, dj in ((0, 0), (1, 0), (-1, 0), (0, 1), (0, -1)):
            a, b = i + di, j + dj
            if 0 <= a < n and 0 <= b < m and (a, b) not in dist:
                ch = g[a][b]
                if ch == "#" or (ch == "A" and d % 2 == 0) or (ch == "B" and d % 2 == 1):
                    continue
                dist[(a, b)] = d + 1
                dq.append((a, b))
    print(ans)
