"""Correct, but finds each hall's distance by walking up to the exit: O(n · depth)."""
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
    parent = [-1] * n
    up = [0] * n
    seen = [False] * n
    seen[0] = True
    queue = [0]
    for v in queue:
        for u, w in adj[v]:
            if not seen[u]:
                seen[u] = True
                parent[u] = v
                up[u] = w
                queue.append(u)
    arrivals = []
    for v in range(n):
        if a[v]:
            d, x = 0, v
            while x != 0:
                d += up[x]
                x = parent[x]
            arrivals.append((d, a[v]))
    arrivals.sort()
    last = -1
    for d, c in arrivals:
        last = max(last + 1, d) + c - 1
    print(max(last, 0))
