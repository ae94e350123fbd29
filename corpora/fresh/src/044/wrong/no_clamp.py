"""Subtracts the overlap even when it is negative (the segments do not touch)."""
t = int(input())
for _ in range(t):
    l1, r1, l2, r2 = map(int, input().split())
    both = min(r1, r2) - max(l1, l2) + 1
    print((r1 - l1 + 1) + (r2 - l2 + 1) - both)
