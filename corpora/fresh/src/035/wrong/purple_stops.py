"""Detects ties correctly, but lets purple ink stop instead of spreading further."""
import sys
from collections import deque

data = sys.stdin.read().split()
t = int(data[0])
pos = 1
for _ in range(t):
    n, m = int(data[pos]), int(data[pos + 1])
    g = data[pos + 2 : pos + 2 + n]
    pos += 2 + n
    col = [[0] * m for _ in range(n)]
    dist = [[-1] * m for _ in range(n)]
    dq = deque()
    for i in range(n):
        for j in range(m):
            if g[i][j] in "RB":
                col[i][j] = 1 if g[i][j] == "R" else 2
                dist[i][j] = 0
                dq.append((i, j))
    while dq:
        i, j = dq.popleft()
        if col[i][j] == 3:
            continue
        for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
            if 0 <= a < n and 0 <= b < m and g[a][b] != "#":
                if dist[a][b] == -1:
                    dist[a][b] = dist[i][j] + 1
                    col[a][b] = col[i][j]
                    dq.append((a, b))
                elif dist[a][b] == dist[i][j] + 1:
                    col[a][b] |= col[i][j]
    flat = [x for row in col for x in row]
    print(flat.count(1), flat.count(2), flat.count(3))
