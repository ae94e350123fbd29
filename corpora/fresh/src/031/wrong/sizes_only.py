"""Counts all pairs of reachable towns, forgetting the colours."""
import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
pos = 1
for _ in range(t):
    n, m = int(data[pos]), int(data[pos + 1])
    pos += 2 + n
    parent = list(range(n))
    size = [1] * n

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    pairs = 0
    res = []
    for _ in range(m):
        u, v = find(int(data[pos]) - 1), find(int(data[pos + 1]) - 1)
        pos += 2
        if u != v:
            pairs += size[u] * size[v]
            parent[v] = u
            size[u] += size[v]
        res.append(pairs)
    print(" ".join(map(str, res)))
