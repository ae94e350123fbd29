"""Simulates every flip coin by coin and counts every query coin by coin: O((m + q) * n), too slow."""
import sys

data = sys.stdin.buffer.read().split()
n, m, q = int(data[0]), int(data[1]), int(data[2])
heads = [1 if c == 72 else 0 for c in data[3]]
pos = 4
for _ in range(m):
    l, r = int(data[pos]), int(data[pos + 1])
    pos += 2
    for i in range(l - 1, r, 2):
        heads[i] ^= 1
out = []
for _ in range(q):
    l, r = int(data[pos]), int(data[pos + 1])
    pos += 2
    cnt = 0
    for i in range(l - 1, r):
        cnt += heads[i]
    out.append(cnt)
print("\n".join(map(str, out)))
