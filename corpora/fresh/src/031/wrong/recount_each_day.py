"""Correct, but rebuilds all components after every road: quadratic."""
import sys
from collections import Counter

data = sys.stdin.buffer.read().split()
t = int(data[0])
pos = 1
for _ in range(t):
    n, m = int(data[pos]), int(data[pos + 1])
    pos += 2
    colour = data[pos : pos + n]
    pos += n
    adj = [[] for _ in range(n)]
    res = []
    for _ in range(m):
        u, v = int(data[pos]) - 1, int(data[pos + 1]) - 1
        pos += 2
        adj[u].append(v)
        adj[v].append(u)
        comp = [-1] * n
        cnt = Counter()
        for s in range(n):
            if comp[s] < 0:
                comp[s] = s
                stack = [s]
                while stack:
                    x = stack.pop()
                    cnt[(s, colour[x])] += 1
                    for y in adj[x]:
                        if comp[y] < 0:
                            comp[y] = s
                            stack.append(y)
        res.append(sum(k * (k - 1) // 2 for k in cnt.values()))
    print(" ".join(map(str, res)))
