# Try every choice of shop for every day (small n only).
from itertools import product

t = int(input())
for _ in range(t):
    n, k, c = map(int, input().split())
    a = list(map(int, input().split()))
    b = list(map(int, input().split()))
    best = None
    for plan in product((0, 1), repeat=n):
        runs = []
        for i, s in enumerate(plan):
            if i > 0 and s == plan[i - 1]:
                runs[-1] += 1
            else:
                runs.append(1)
        if min(runs) < k:
            continue
        cost = sum(a[i] if plan[i] == 0 else b[i] for i in range(n)) + c * (len(runs) - 1)
        if best is None or cost < best:
            best = cost
    print(best)
