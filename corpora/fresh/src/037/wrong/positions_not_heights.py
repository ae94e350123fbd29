"""Treats the sorted positions as if all heights were different: ignores ties."""
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
out = []
for _ in range(t):
    n, k = int(data[pos]), int(data[pos + 1])
    pos += 2 + n
    out.append(fact[n] * inv[k] % MOD * inv[n - k] % MOD)
print("\n".join(map(str, out)))
