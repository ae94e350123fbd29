"""Slides the window wrongly: drops pad i − r from the window one step too early."""
import sys

MOD = 998244353
data = sys.stdin.buffer.read().split()
t = int(data[0])
pos = 1
out = []
for _ in range(t):
    n, lo, hi = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
    c = [x - 97 for x in data[pos + 3]]
    pos += 4
    dp = [0] * n
    dp[0] = 1
    window = 0
    by_colour = [0] * 26
    for i in range(1, n):
        j = i - lo
        if j >= 0:
            window += dp[j]
            by_colour[c[j]] += dp[j]
        j = i - hi
        if j >= 0:
            window -= dp[j]
            by_colour[c[j]] -= dp[j]
        dp[i] = (window - by_colour[c[i]]) % MOD
    out.append(dp[n - 1])
print("\n".join(map(str, out)))
