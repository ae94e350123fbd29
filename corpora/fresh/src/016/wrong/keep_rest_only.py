"""Keeps only as many songs of the frequent genre as there are other songs (off by one)."""
import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
pos = 1
for _ in range(t):
    n = int(data[pos])
    g = data[pos + 1 : pos + 1 + n]
    l = [int(x) for x in data[pos + 1 + n : pos + 1 + 2 * n]]
    pos += 1 + 2 * n
    cnt = {}
    for x in g:
        cnt[x] = cnt.get(x, 0) + 1
    top = max(cnt, key=cnt.get)
    rest = n - cnt[top]
    if cnt[top] <= rest:
        print(sum(l))
        continue
    mine = sorted((l[i] for i in range(n) if g[i] == top), reverse=True)
    print(sum(l) - sum(mine) + sum(mine[: max(rest, 1)]))
