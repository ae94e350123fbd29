"""Dijkstra over stations only: keeps the fastest arrival at each station together with the
tickets it used, and forgets slower arrivals that save tickets."""
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
    inf = float("inf")
    dist = [inf] * n
    dist[0] = 0
    heap = [(0, 0, 0)]
    while heap:
        d, used, v = heappop(heap)
        if d > dist[v]:
            continue
        for u, w in adj[v]:
            nu = used + (1 if h[u] > h[v] else 0)
            if nu <= k and d + w < dist[u]:
                dist[u] = d + w
                heappush(heap, (d + w, nu, u))
    print(dist[n - 1] if dist[n - 1] < inf else -1)
