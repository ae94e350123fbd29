"""Answers only the first test case."""
input()
n, k, T = map(int, input().split())
a = sorted(map(int, input().split()))
best = 0
for m in range(1, n + 1):
    c = min(k, m)
    cost = sum(a[: m - c]) + sum((x + 1) // 2 for x in a[m - c : m])
    if cost <= T:
        best = m
    else:
        break
print(best)
