"""Forgets to round up: children who do not fill a whole tent get no tent."""
t = int(input())
for _ in range(t):
    n, m, k = map(int, input().split())
    print(n // k + m // k)
