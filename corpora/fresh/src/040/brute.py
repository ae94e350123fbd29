# Follow every path of every drop with exact fractions: a drop that starts at terrace s ends in
# pond p in the share equal to the sum over all paths s -> p of the product of 1 / outdegree.
import sys
from fractions import Fraction

sys.setrecursionlimit(10000)
MOD = 998244353


def spread(u, amount, out, pond):
    if not out[u]:
        pond[u] += amount
        return
    for v in out[u]:
        spread(v, amount / len(out[u]), out, pond)


t = int(input())
for _ in range(t):
    n, m = map(int, input().split())
    a = list(map(int, input().split()))
    out = [[] for _ in range(n)]
    for _ in range(m):
        u, v = map(int, input().split())
        out[u - 1].append(v - 1)
    pond = [Fraction(0)] * n
    for s in range(n):
        if a[s]:
            spread(s, Fraction(a[s]), out, pond)
    res = []
    for v in range(n):
        if not out[v]:
            f = pond[v]
            res.append(f.numerator % MOD * pow(f.denominator, MOD - 2, MOD) % MOD)
    print(*res)
