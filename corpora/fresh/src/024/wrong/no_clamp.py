"""Multiplies n - 2k and m - 2k without replacing negative values by zero."""
t = int(input())
for _ in range(t):
    n, m, k = map(int, input().split())
    print((n - 2 * k) * (m - 2 * k))
