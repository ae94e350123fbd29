"""Lets everybody gather at the exit first: the farthest arrival plus the number of explorers."""
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
    dist[0] = 0
    stack = [0]
    while stack:
        v = stack.pop()
        for u, w in adj[v]:
            if dist[u] < 0:
                dist[u] = dist[v] + w
                stack.append(u)
    total = sum(a)
    far = max((dist[v] for v in range(n) if a[v]), default=0)
    print(far + total - 1 if total else 0)
