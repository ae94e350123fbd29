"""Divides the scarcest vegetable by the largest requirement."""
t = int(input())
for _ in range(t):
    a, b, c, x, y, z = map(int, input().split())
    print(min(a, b, c) // max(x, y, z))
