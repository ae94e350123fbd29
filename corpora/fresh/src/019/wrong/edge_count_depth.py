"""Measures distances in tunnels, ignoring how long each tunnel takes."""
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
        u, v = int(data[pos]) - 1, int(data[pos + 1]) - 1
        pos += 3
        adj[u].append(v)
        adj[v].append(u)
    dist = [-1] * n
    dist[0] = 0
    stack = [0]
    while stack:
        v = stack.pop()
        for u in adj[v]:
            if dist[u] < 0:
                dist[u] = dist[v] + 1
                stack.append(u)
    arrivals = sorted((dist[v], a[v]) for v in range(n) if a[v])
    last = -1
    for d, c in arrivals:
        last = max(last + 1, d) + c - 1
    print(max(last, 0))
