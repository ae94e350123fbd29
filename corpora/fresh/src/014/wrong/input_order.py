"""Goes through the items in the given order and gives each the largest coupon left."""
import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
pos = 1
for _ in range(t):
    n, m = int(data[pos]), int(data[pos + 1])
    pos += 2
    p = [int(x) for x in data[pos : pos + n]]
    pos += n
    c = sorted((int(x) for x in data[pos : pos + m]), reverse=True)
    pos += m
    print(sum(max(0, a - b) for a, b in zip(p, c)) + sum(p[len(c):]))
