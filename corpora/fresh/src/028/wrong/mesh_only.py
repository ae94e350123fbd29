"""Treats every link as meshing teeth, ignoring the axles (answer lcm(a) / a_1)."""
from math import gcd

t = int(input())
for _ in range(t):
    n = int(input())
    a = list(map(int, input().split()))
    input()
    # lcm of the reduced denominators a_i / gcd(a_1, a_i), kept as prime exponents
    need = {}
    for x in a[1:]:
        d = x // gcd(a[0], x)
        p = 2
        while p * p <= d:
            k = 0
            while d % p == 0:
                d //= p
                k += 1
            if k > need.get(p, 0):
                need[p] = k
            p += 1
        if d > 1 and need.get(d, 0) < 1:
            need[d] = 1
    ans = 1
    for p, k in need.items():
        ans = ans * pow(p, k, 998244353) % 998244353
    print(ans)
