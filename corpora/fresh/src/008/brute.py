# Try every group of consecutive shops.
t = int(input())
for _ in range(t):
    n, d, budget = map(int, input().split())
    x = list(map(int, input().split()))
    c = list(map(int, input().split()))
    best = 0
    for l in range(n):
        for r in range(l, n):
            group = c[l : r + 1]
            if x[r] - x[l] <= d and sum(group) - max(group) <= budget:
                best = max(best, r - l + 1)
    print(best)
