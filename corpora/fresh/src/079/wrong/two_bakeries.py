"""Forgets the third bakery."""
t = int(input())
for _ in range(t):
    x, y, b1, b2, b3 = map(int, input().split())
    print(min(abs(x - b1) + abs(b1 - y), abs(x - b2) + abs(b2 - y)))
