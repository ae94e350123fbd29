"""Sorts both lists ascending and pairs them from the start: with more coupons than items
(or more items than coupons) it pairs the wrong ones."""
import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
pos = 1
for _ in range(t):
    n, m = int(data[pos]), int(data[pos + 1])
    pos += 2
    p = sorted(int(x) for x in data[pos : pos + n])
    pos += n
    c = sorted(int(x) for x in data[pos : pos + m])
    pos += m
    print(sum(p) - sum(min(a, b) for a, b in zip(p, c)))
