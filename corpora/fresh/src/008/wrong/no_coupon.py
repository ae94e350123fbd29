"""Forgets the coupon: requires the full price of the group to fit into the budget."""
t = int(input())
for _ in range(t):
    n, d, budget = map(int, input().split())
    x = list(map(int, input().split()))
    c = list(map(int, input().split()))
    best = 0
    l = 0
    total = 0
    for r in range(n):
        total += c[r]
        while l <= r and (x[r] - x[l] > d or total > budget):
            total -= c[l]
            l += 1
        best = max(best, r - l + 1)
    print(best)
