"""Counts as if the paper were a square with side min(n, m)."""
t = int(input())
for _ in range(t):
    n, m = map(int, input().split())
    s = min(n, m)
    print(sum((s - k + 1) ** 2 for k in range(1, s + 1)))
