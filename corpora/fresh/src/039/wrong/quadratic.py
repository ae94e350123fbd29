"""Correct, but checks every segment by extending it from each left end: O(n^2), too slow."""
import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
pos = 1
out = []
for _ in range(t):
    n, c, d = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
    g = [int(x) for x in data[pos + 3 : pos + 3 + n]]
    pos += 3 + n
    total = 0
    for l in range(n):
        cnt = [0] * (n + 1)
        distinct = 0
        for r in range(l, n):
            x = g[r]
            cnt[x] += 1
            if cnt[x] > c:
                break
            if cnt[x] == 1:
                distinct += 1
            if distinct >= d:
                total += 1
    out.append(total)
print("\n".join(map(str, out)))
