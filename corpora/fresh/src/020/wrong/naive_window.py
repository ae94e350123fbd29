"""Correct recurrence, but sums the window of k previous positions anew every time: O(n·m·k)."""
import sys

MOD = 998244353
data = sys.stdin.read().split()
t = int(data[0])
pos = 1
for _ in range(t):
    n, m, k = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
    s, p = data[pos + 3], data[pos + 4]
    pos += 5
    if m > n:
        print(0)
        continue
    dp = [1 if s[i] == p[0] else 0 for i in range(n)]
    for j in range(1, m):
        new = [0] * n
        for i in range(n):
            if s[i] == p[j]:
                total = 0
                for q in range(max(0, i - k), i):
                    total += dp[q]
                new[i] = total % MOD
        dp = new
    print(sum(dp) % MOD)
