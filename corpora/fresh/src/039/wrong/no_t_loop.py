"""Answers only the first test case."""
import sys

data = sys.stdin.buffer.read().split()
n, c, d = int(data[1]), int(data[2]), int(data[3])
g = [int(x) for x in data[4 : 4 + n]]
cnt1 = [0] * (n + 1)
cnt2 = [0] * (n + 1)
r1, r2, distinct, total = -1, 0, 0, 0
for l in range(n):
    while r1 + 1 < n and cnt1[g[r1 + 1]] < c:
        r1 += 1
        cnt1[g[r1]] += 1
    while r2 < n and distinct < d:
        if cnt2[g[r2]] == 0:
            distinct += 1
        cnt2[g[r2]] += 1
        r2 += 1
    if distinct >= d and r1 >= r2 - 1:
        total += r1 - r2 + 2
    cnt1[g[l]] -= 1
    cnt2[g[l]] -= 1
    if cnt2[g[l]] == 0:
        distinct -= 1
print(total)
