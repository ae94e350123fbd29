"""Splits the water among the distinct neighbouring terraces, ignoring repeated channels."""
import sys

MOD = 998244353
data = sys.stdin.buffer.read().split()
t = int(data[0])
pos = 1
out = []
for _ in range(t):
    n, m = int(data[pos]), int(data[pos + 1])
    pos += 2
    water = [int(x) for x in data[pos : pos + n]]
    pos += n
    adj = [set() for _ in range(n)]
    for e in range(m):
        adj[int(data[pos + 2 * e]) - 1].add(int(data[pos + 2 * e + 1]) - 1)
    pos += 2 * m
    indeg = [0] * n
    for u in range(n):
        for v in adj[u]:
            indeg[v] += 1
    order = [v for v in range(n) if indeg[v] == 0]
    for u in order:
        for v in sorted(adj[u]):
            indeg[v] -= 1
            if indeg[v] == 0:
                order.append(v)
    for u in order:
        if adj[u]:
            share = water[u] * pow(len(adj[u]), MOD - 2, MOD) % MOD
            for v in adj[u]:
                water[v] += share
    out.append(" ".join(str(water[v] % MOD) for v in range(n) if not adj[v]))
print("\n".join(out))
