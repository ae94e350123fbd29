"""Correct, but compares every pair of equal letters: too slow for long tapes."""
import sys

data = sys.stdin.read().split()
t = int(data[0])
for i in range(1, t + 1):
    s = data[i]
    where = {}
    for p, c in enumerate(s):
        where.setdefault(c, []).append(p)
    cnt = 0
    for ps in where.values():
        for x in range(len(ps)):
            px = ps[x]
            for y in range(x + 1, len(ps)):
                if (ps[y] - px) % 2 == 1:
                    cnt += 1
    print(cnt)
