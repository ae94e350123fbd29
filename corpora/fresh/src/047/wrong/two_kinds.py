"""Forgets the peppers."""
t = int(input())
for _ in range(t):
    a, b, c, x, y, z = map(int, input().split())
    print(min(a // x, b // y))
