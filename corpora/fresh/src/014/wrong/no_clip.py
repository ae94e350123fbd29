"""Forgets that a price cannot go below zero: subtracts whole coupon values."""
import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
pos = 1
for _ in range(t):
    n, m = int(data[pos]), int(data[pos + 1])
    pos += 2
    p = sorted((int(x) for x in data[pos : pos + n]), reverse=True)
    pos += n
    c = sorted((int(x) for x in data[pos : pos + m]), reverse=True)
    pos += m
    print(max(0, sum(p) - sum(c[: min(n, m)])))
