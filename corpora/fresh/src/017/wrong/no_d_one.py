"""Divides by D - 1 without treating D = 1 separately."""
import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
pos = 1
for _ in range(t):
    n, d = int(data[pos]), int(data[pos + 1])
    h = [int(x) for x in data[pos + 2 : pos + 2 + n]]
    pos += 2 + n
    lo, hi = 1, max(h)
    while lo < hi:
        mid = (lo + hi) // 2
        if sum((x - mid + d - 2) // (d - 1) for x in h if x > mid) <= mid:
            hi = mid
        else:
            lo = mid + 1
    print(lo)
