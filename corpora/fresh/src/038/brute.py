# Enumerate every route of the frog explicitly (no memoisation).
import sys

sys.setrecursionlimit(10000)


def routes(i, n, lo, hi, c):
    if i == n - 1:
        return 1
    total = 0
    for j in range(i + lo, min(i + hi, n - 1) + 1):
        if c[j] != c[i]:
            total += routes(j, n, lo, hi, c)
    return total


t = int(input())
for _ in range(t):
    n, lo, hi = map(int, input().split())
    c = input().strip()
    print(routes(0, n, lo, hi, c) % 998244353)
