"""Processes the terraces in the order of their numbers, as if every channel led to a larger number."""
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
    adj = [[] for _ in range(n)]
    for e in range(m):
        adj[int(data[pos + 2 * e]) - 1].append(int(data[pos + 2 * e + 1]) - 1)
    pos += 2 * m
    for u in range(n):
        if adj[u]:
            share = water[u] * pow(len(adj[u]), MOD - 2, MOD) % MOD
            for v in adj[u]:
                water[v] += share
            water[u] = 0
    out.append(" ".join(str(water[v] % MOD) for v in range(n) if not adj[v]))
print("\n".join(out))
