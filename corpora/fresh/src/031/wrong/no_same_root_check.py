"""DSU with small-to-large merging, but merges a group with itself when a road joins two
towns that are already reachable from each other."""
import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
pos = 1
for _ in range(t):
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
        if size[u] < size[v]:
            u, v = v, u
        big, small = groups[u], groups[v]
        for c, k in list(small.items()):
            have = big.get(c, 0)
            pairs += have * k
            big[c] = have + k
        parent[v] = u
        if u != v:
            size[u] += size[v]
        res.append(pairs)
    print(" ".join(map(str, res)))
