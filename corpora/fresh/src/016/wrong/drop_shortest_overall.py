"""Throws away the shortest songs of any genre until the rest can be arranged."""
import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
pos = 1
for _ in range(t):
    n = int(data[pos])
    g = [int(x) for x in data[pos + 1 : pos + 1 + n]]
    l = [int(x) for x in data[pos + 1 + n : pos + 1 + 2 * n]]
    pos += 1 + 2 * n
    order = sorted(range(n), key=lambda i: l[i])
    cnt = {}
    for x in g:
        cnt[x] = cnt.get(x, 0) + 1
    left = n
    total = sum(l)
    k = 0
    while True:
        most = max(cnt.values())
        if most <= left - most + 1:
            break
        i = order[k]
        k += 1
        cnt[g[i]] -= 1
        left -= 1
        total -= l[i]
    print(total)
