# Try every subset of exercises and every way to place the cards within it.
from itertools import combinations

t = int(input())
for _ in range(t):
    n, k, T = map(int, input().split())
    a = list(map(int, input().split()))
    best = 0
    for mask in range(1 << n):
        chosen = [a[i] for i in range(n) if mask >> i & 1]
        m = len(chosen)
        if m <= best:
            continue
        ok = False
        for c in range(0, min(k, m) + 1):
            for hinted in combinations(range(m), c):
                hs = set(hinted)
                total = sum((chosen[i] + 1) // 2 if i in hs else chosen[i] for i in range(m))
                if total <= T:
                    ok = True
                    break
            if ok:
                break
        if ok:
            best = m
    print(best)
