"""Answers only the first test case."""
from fractions import Fraction
from math import gcd

input()
n = int(input())
a = list(map(int, input().split()))
links = input().strip()
r = Fraction(1)
x = 1
for i in range(1, n):
    if links[i - 1] == "M":
        r = r * Fraction(a[i - 1], a[i])
    x = x * r.denominator // gcd(x, r.denominator)
print(x % 998244353)
