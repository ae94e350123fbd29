"""Assumes the house is to the left of the school (x <= y)."""
t = int(input())
for _ in range(t):
    x, y, *b = map(int, input().split())
    best = None
    for p in b:
        if p < x:
            d = y - x + 2 * (x - p)
        elif p > y:
            d = y - x + 2 * (p - y)
        else:
            d = y - x
        best = d if best is None else min(best, d)
    print(best)
