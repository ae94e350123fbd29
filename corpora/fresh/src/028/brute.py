# Exact fractions for the turns of every gear, and the lcm of their denominators as a
# Python integer, reduced modulo 998244353 only at the end.
from fractions import Fraction
from math import gcd

t = int(input())
for _ in range(t):
    n = int(input())
    a = list(map(int, input().split()))
    links = input().strip()
    r = Fraction(1)
    x = 1
    for i in range(1, n):
        if links[i - 1] == "M":
            r = r * Fraction(a[i - 1], a[i])
        d = r.denominator
        x = x * d // gcd(x, d)
    # sanity: x is the smallest positive integer with x * r_i integer for all i
    print(x % 998244353)
