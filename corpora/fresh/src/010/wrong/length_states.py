"""Correct DP over (day, shop, length of the current period capped at k): O(n * k), too slow."""
import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
pos = 1
inf = float("inf")
for _ in range(t):
    n, k, c = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
    pos += 3
    price = [list(map(int, data[pos : pos + n])), list(map(int, data[pos + n : pos + 2 * n]))]
    pos += 2 * n
    # g[s][L]: cheapest cost so far with the current period at shop s of length L (L = k means >= k)
    g = [[inf] * (k + 1) for _ in range(2)]
    g[0][1] = price[0][0]
    g[1][1] = price[1][0]
    for i in range(1, n):
        ng = [[inf] * (k + 1) for _ in range(2)]
        for s in range(2):
            p = price[s][i]
            row = g[s]
            nrow = ng[s]
            for L in range(1, k + 1):
                v = row[L]
                if v != inf:
                    nl = L + 1 if L < k else k
                    if v + p < nrow[nl]:
                        nrow[nl] = v + p
            v = g[1 - s][k]
            if v != inf and v + c + p < nrow[1]:
                nrow[1] = v + c + p
        g = ng
    print(min(g[0][k], g[1][k]))
