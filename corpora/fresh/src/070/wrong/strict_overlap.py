"""Computes the overlap without the +1, so rectangles sharing a single row or column seem disjoint."""
t = int(input())
for _ in range(t):
    r1, c1, r2, c2 = map(int, input().split())
    r3, c3, r4, c4 = map(int, input().split())
    first = (r2 - r1 + 1) * (c2 - c1 + 1)
    second = (r4 - r3 + 1) * (c4 - c3 + 1)
    rows = max(0, min(r2, r4) - max(r1, r3))
    cols = max(0, min(c2, c4) - max(c1, c3))
    print(first + second - rows * cols)
