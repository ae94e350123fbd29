"""Correct check, but tries the answers 1, 2, 3, ... one by one instead of binary search."""
import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
pos = 1
for _ in range(t):
    n, d = int(data[pos]), int(data[pos + 1])
    h = [int(x) for x in data[pos + 2 : pos + 2 + n]]
    pos += 2 + n
    sec = 1
    while True:
        if d == 1:
            ok = max(h) <= sec
        else:
            ok = sum((x - sec + d - 2) // (d - 1) for x in h if x > sec) <= sec
        if ok:
            break
        sec += 1
    print(sec)
