"""Measures segment lengths as r - l, forgetting that both ends are painted."""
t = int(input())
for _ in range(t):
    l1, r1, l2, r2 = map(int, input().split())
    both = max(0, min(r1, r2) - max(l1, l2))
    print((r1 - l1) + (r2 - l2) - both)
