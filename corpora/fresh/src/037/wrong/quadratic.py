"""Correct counting, but for every athlete counts the taller and shorter ones by a full scan: O(n^2)."""
import sys

MOD = 998244353
data = sys.stdin.buffer.read().split()
t = int(data[0])
pos = 1
N = 2 * 10**4 + 1
fact = [1] * (N + 1)
for i in range(1, N + 1):
    fact[i] = fact[i - 1] * i % MOD
inv = [pow(f, MOD - 2, MOD) for f in fact]


def comb(a, b):
    return 0 if b < 0 or b > a else fact[a] * inv[b] % MOD * inv[a - b] % MOD


out = []
for _ in range(t):
    n, k = int(data[pos]), int(data[pos + 1])
    a = [int(x) for x in data[pos + 2 : pos + 2 + n]]
    pos += 2 + n
    if k == 1:
        out.append(n % MOD)
        continue
    total = 0
    for x in a:
        taller = 0
        shorter = 0
        for y in a:
            if y > x:
                taller += 1
            elif y < x:
                shorter += 1
        total += taller * comb(shorter, k - 2)
    out.append(total % MOD)
print("\n".join(map(str, out)))
