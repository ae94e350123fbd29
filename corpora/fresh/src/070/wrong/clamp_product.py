"""Clamps the product of the overlap sides at zero instead of each side: two negative sides give a
positive 'overlap'."""
t = int(input())
for _ in range(t):
    r1, c1, r2, c2 = map(int, input().split())
    r3, c3, r4, c4 = map(int, input().split())
    first = (r2 - r1 + 1) * (c2 - c1 + 1)
    second = (r4 - r3 + 1) * (c4 - c3 + 1)
    rows = min(r2, r4) - max(r1, r3) + 1
    cols = min(c2, c4) - max(c1, c3) + 1
    print(first + second - max(0, rows * cols))
