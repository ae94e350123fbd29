"""Minimises the number of tickets first and the time only among routes with that many."""
import sys
from heapq import heappop, heappush

data = sys.stdin.buffer.read().split()
t = int(data[0])
pos = 1
for _ in range(t):
    n, m, k = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
    pos += 3
    h = [int(x) for x in data[pos : pos + n]]
    pos += n
    adj = [[] for _ in range(n)]
    for _ in range(m):
        u, v, w = int(data[pos]) - 1, int(data[pos + 1]) - 1, int(data[pos + 2])
        pos += 3
        adj[u].append((v, w))
        adj[v].append((u, w))
    best = [None] * n
    best[0] = (0, 0)
    heap = [(0, 0, 0)]
    while heap:
        used, d, v = heappop(heap)
        if (used, d) > best[v]:
            continue
        for u, w in adj[v]:
            key = (used + (1 if h[u] > h[v] else 0), d + w)
            if best[u] is None or key < best[u]:
                best[u] = key
                heappush(heap, (key[0], key[1], u))
    r = best[n - 1]
    print(r[1] if r is not None and r[0] <= k else -1)
