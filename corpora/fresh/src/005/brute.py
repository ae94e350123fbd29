# Exhaustive search: try all sets of new lamps in order of size (small n only).
from itertools import combinations

t = int(input())
for _ in range(t):
    n, k = map(int, input().split())
    s = input().strip()
    free = [i for i in range(n) if s[i] == "0"]
    old = [i for i in range(n) if s[i] == "1"]
    best = None
    for size in range(len(free) + 1):
        for extra in combinations(free, size):
            lamps = old + list(extra)
            if all(any(abs(i - j) <= k for j in lamps) for i in range(n)):
                best = size
                break
        if best is not None:
            break
    print(best)
