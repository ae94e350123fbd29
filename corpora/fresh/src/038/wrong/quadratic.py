"""Correct recurrence, but sums over the whole window for every pad: O(n·(r − l)), too slow."""
import sys

MOD = 998244353
data = sys.stdin.buffer.read().split()
t = int(data[0])
pos = 1
out = []
for _ in range(t):
    n, lo, hi = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
    c = data[pos + 3]
    pos += 4
    dp = [0] * n
    dp[0] = 1
    for i in range(1, n):
        s = 0
        ci = c[i]
        for j in range(max(0, i - hi), i - lo + 1):
            if c[j] != ci:
                s += dp[j]
        dp[i] = s % MOD
    out.append(dp[n - 1])
print("\n".join(map(str, out)))
