"""Computes the inflow of every terrace by plain recursion: crashes on long chains of channels."""
import sys

MOD = 998244353
data = sys.stdin.buffer.read().split()
t = int(data[0])
pos = 1
out = []
for _ in range(t):
    n, m = int(data[pos]), int(data[pos + 1])
    pos += 2
    rain = [int(x) for x in data[pos : pos + n]]
    pos += n
    outdeg = [0] * n
    into = [[] for _ in range(n)]
    for e in range(m):
        u, v = int(data[pos + 2 * e]) - 1, int(data[pos + 2 * e + 1]) - 1
        outdeg[u] += 1
        into[v].append(u)
    pos += 2 * m
    memo = [None] * n

    def total(v):
        if memo[v] is None:
            s = rain[v]
            for u in into[v]:
                s += total(u) * pow(outdeg[u], MOD - 2, MOD)
            memo[v] = s % MOD
        return memo[v]

    out.append(" ".join(str(total(v)) for v in range(n) if outdeg[v] == 0))
print("\n".join(out))
