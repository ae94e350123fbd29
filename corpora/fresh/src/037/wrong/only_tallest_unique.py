"""Only requires the tallest member to be unique and forgets the condition b_2 > b_3."""
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
    a = sorted(int(x) for x in data[pos + 2 : pos + 2 + n])
    pos += 2 + n
    total = 0
    i = 0
    while i < n:
        j = i
        while j < n and a[j] == a[i]:
            j += 1
        total += (j - i) * comb(i, k - 1)
        i = j
    out.append(total % MOD)
print("\n".join(map(str, out)))
