"""Correct but checks every hill for every friend: O(n·q), too slow for the largest tests."""
import sys

data = sys.stdin.buffer.read().split()
n, q, c, d = int(data[0]), int(data[1]), int(data[2]), int(data[3])
h = [int(x) for x in data[4 : 4 + n]]
s = [int(x) for x in data[4 + n : 4 + n + q]]
out = []
for st in s:
    lim = st + c
    total = 0
    for x in h:
        if x > st:
            total += x - st if x < lim else d
    out.append(total)
print("\n".join(map(str, out)))
