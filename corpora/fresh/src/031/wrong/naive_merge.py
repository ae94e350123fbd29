"""Correct DSU counting, but always pours the second town's group into the first one's
(no small-to-large), which is quadratic on bad road orders."""
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
            big, small = groups[u], groups[v]
            for c, k in small.items():
                have = big.get(c, 0)
                pairs += have * k
                big[c] = have + k
            groups[v] = None
            parent[v] = u
        res.append(pairs)
    print(" ".join(map(str, res)))
