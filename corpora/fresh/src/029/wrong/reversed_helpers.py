"""Bitmask DP that reads the lists backwards: machine i's list taken as the machines it helps."""
import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
pos = 1
for _ in range(t):
    n = int(data[pos])
    pos += 1
    T = []
    H = [0] * n
    for i in range(n):
        ti, k = int(data[pos]), int(data[pos + 1])
        for j in data[pos + 2 : pos + 2 + k]:
            H[int(j) - 1] |= 1 << i  # i is (wrongly) taken as a helper of j
        T.append(ti)
        pos += 2 + k
    full = 1 << n
    dp = [float("inf")] * full
    dp[0] = 0
    for mask in range(full):
        for i in range(n):
            if not mask >> i & 1:
                c = max(1, T[i] >> bin(mask & H[i]).count("1"))
                if dp[mask] + c < dp[mask | 1 << i]:
                    dp[mask | 1 << i] = dp[mask] + c
    print(dp[full - 1])
