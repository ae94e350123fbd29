"""Correct, but extends every rental day by day: quadratic when the budget is large."""
import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
pos = 1
for _ in range(t):
    n, S = int(data[pos]), int(data[pos + 1])
    a = list(map(int, data[pos + 2 : pos + 2 + n]))
    pos += 2 + n
    total = 0
    for l in range(n):
        s = 0
        mx = 0
        for r in range(l, n):
            s += a[r]
            if a[r] > mx:
                mx = a[r]
            if s - mx > S:
                break
            total += 1
    print(total)
