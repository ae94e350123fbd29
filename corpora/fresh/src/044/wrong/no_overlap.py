"""Counts a plank painted by both of them twice."""
t = int(input())
for _ in range(t):
    l1, r1, l2, r2 = map(int, input().split())
    print((r1 - l1 + 1) + (r2 - l2 + 1))
