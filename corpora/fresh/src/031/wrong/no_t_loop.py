"""Answers only the first test case."""
import sys

data = sys.stdin.buffer.read().split()
pos = 1
n, m = int(data[pos]), int(data[pos + 1])
pos += 2
parent = list(range(n))
groups = [{int(c): 1} for c in data[pos : pos + n]]
pos += n
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
        if size[u] < size[v]:
            u, v = v, u
        for c, k in groups[v].items():
            pairs += groups[u].get(c, 0) * k
            groups[u][c] = groups[u].get(c, 0) + k
        parent[v] = u
        size[u] += size[v]
    res.append(pairs)
print(" ".join(map(str, res)))
