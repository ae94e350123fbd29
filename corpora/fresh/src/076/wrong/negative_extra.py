"""Forgets that the number of extra minutes cannot be negative."""
t = int(input())
for _ in range(t):
    m, p, f, k, q = map(int, input().split())
    print(min(m * p, f + (m - k) * q))
