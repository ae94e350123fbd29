"""Uses the cards on the shortest chosen exercises instead of the longest ones."""
import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
pos = 1
for _ in range(t):
    n, k, T = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
    a = sorted(map(int, data[pos + 3 : pos + 3 + n]))
    pos += 3 + n
    best = 0
    total = 0
    for m in range(1, n + 1):
        x = a[m - 1]
        total += (x + 1) // 2 if m <= k else x
        if total <= T:
            best = m
        else:
            break
    print(best)
