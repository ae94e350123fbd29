"""Correct, but tries all n! repair orders: far too slow for n = 15."""
import sys
from itertools import permutations

data = sys.stdin.read().split()
t = int(data[0])
pos = 1
for _ in range(t):
    n = int(data[pos])
    pos += 1
    T, H = [], []
    for _ in range(n):
        ti, k = int(data[pos]), int(data[pos + 1])
        H.append({int(x) - 1 for x in data[pos + 2 : pos + 2 + k]})
        T.append(ti)
        pos += 2 + k
    best = None
    for order in permutations(range(n)):
        done = set()
        total = 0
        for i in order:
            total += max(1, T[i] >> len(H[i] & done))
            done.add(i)
        if best is None or total < best:
            best = total
    print(best)
