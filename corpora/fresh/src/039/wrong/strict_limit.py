"""Off by one in the first condition: treats a genre played exactly c times as boring."""
import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
pos = 1
out = []
for _ in range(t):
    n, c, d = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
    g = [int(x) for x in data[pos + 3 : pos + 3 + n]]
    pos += 3 + n
    cnt1 = [0] * (n + 1)
    cnt2 = [0] * (n + 1)
    r1, r2, distinct, total = -1, 0, 0, 0
    for l in range(n):
        if r1 < l - 1:
            r1 = l - 1
        while r1 + 1 < n and cnt1[g[r1 + 1]] < c - 1:
            r1 += 1
            cnt1[g[r1]] += 1
        while r2 < n and distinct < d:
            if cnt2[g[r2]] == 0:
                distinct += 1
            cnt2[g[r2]] += 1
            r2 += 1
        if distinct >= d and r1 >= r2 - 1:
            total += r1 - r2 + 2
        if r1 >= l:
            cnt1[g[l]] -= 1
        cnt2[g[l]] -= 1
        if cnt2[g[l]] == 0:
            distinct -= 1
    out.append(total)
print("\n".join(map(str, out)))
