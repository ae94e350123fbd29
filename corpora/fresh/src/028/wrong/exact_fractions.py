"""Correct, but keeps the turns as exact fractions and the lcm as a huge integer: too slow for long trains."""
from fractions import Fraction
from math import gcd
import sys

data = sys.stdin.read().split()
t = int(data[0])
pos = 1
for _ in range(t):
    n = int(data[pos])
    a = list(map(int, data[pos + 1 : pos + 1 + n]))
    links = data[pos + 1 + n]
    pos += 2 + n
    r = Fraction(1)
    x = 1
    for i in range(1, n):
        if links[i - 1] == "M":
            r = r * Fraction(a[i - 1], a[i])
        d = r.denominator
        x = x * d // gcd(x, d)
    print(x % 998244353)
