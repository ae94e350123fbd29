"""Rounds the halved time down instead of up."""
import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
pos = 1
for _ in range(t):
    n, k, T = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
    a = sorted(map(int, data[pos + 3 : pos + 3 + n]))
    pos += 3 + n
    full = [0] * (n + 1)
    half = [0] * (n + 1)
    for i, x in enumerate(a):
        full[i + 1] = full[i] + x
        half[i + 1] = half[i] + (x + 1) // 2  # saving taken as ceil, so the time becomes floor
    best = 0
    for m in range(1, n + 1):
        c = min(k, m)
        if full[m] - (half[m] - half[m - c]) <= T:
            best = m
        else:
            break
    print(best)
