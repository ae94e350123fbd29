"""Extends a group from every first shop with a running sum and maximum: O(n^2), too slow."""
import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
pos = 1
for _ in range(t):
    n, d, budget = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
    pos += 3
    x = list(map(int, data[pos : pos + n]))
    pos += n
    c = list(map(int, data[pos : pos + n]))
    pos += n
    best = 0
    for l in range(n):
        total = 0
        mx = 0
        for r in range(l, n):
            if x[r] - x[l] > d:
                break
            total += c[r]
            if c[r] > mx:
                mx = c[r]
            if total - mx > budget:
                break
            if r - l + 1 > best:
                best = r - l + 1
    print(best)
