"""Correct idea, but computes the distances with a recursive DFS: crashes on deep trees."""
import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
pos = 1
for _ in range(t):
    n = int(data[pos])
    pos += 1
    a = [int(x) for x in data[pos : pos + n]]
    pos += n
    adj = [[] for _ in range(n)]
    for _ in range(n - 1):
        u, v, w = int(data[pos]) - 1, int(data[pos + 1]) - 1, int(data[pos + 2])
        pos += 3
        adj[u].append((v, w))
        adj[v].append((u, w))
    dist = [-1] * n

    def dfs(v: int, d: int) -> None:
        dist[v] = d
        for u, w in adj[v]:
            if dist[u] < 0:
                dfs(u, d + w)

    dfs(0, 0)
    arrivals = sorted((dist[v], a[v]) for v in range(n) if a[v])
    last = -1
    for d, c in arrivals:
        last = max(last + 1, d) + c - 1
    print(max(last, 0))
