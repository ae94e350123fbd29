"""Reads k as the number of letters that may be skipped, allowing i_{j+1} − i_j ≤ k + 1."""
import sys
from itertools import accumulate

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
        pre = list(accumulate(dp, initial=0))
        dp = [(pre[i] - pre[max(0, i - k - 1)]) % MOD if s[i] == p[j] else 0 for i in range(n)]
    print(sum(dp) % MOD)
