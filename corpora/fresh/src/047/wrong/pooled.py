"""Pools all vegetables together, as if any vegetable could replace another."""
t = int(input())
for _ in range(t):
    a, b, c, x, y, z = map(int, input().split())
    print((a + b + c) // (x + y + z))
