"""Charges a ticket also for trails between stations of equal height."""
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
        adj[u].append((v, w, 1 if h[v] >= h[u] else 0))
        adj[v].append((u, w, 1 if h[u] >= h[v] else 0))
    inf = float("inf")
    dist = {(0, 0): 0}
    heap = [(0, 0, 0)]
    answer = -1
    while heap:
        d, v, used = heappop(heap)
        if d > dist[(v, used)]:
            continue
        if v == n - 1:
            answer = d
            break
        for u, w, cost in adj[v]:
            nu = used + cost
            if nu <= k and d + w < dist.get((u, nu), inf):
                dist[(u, nu)] = d + w
                heappush(heap, (d + w, u, nu))
    print(answer)
