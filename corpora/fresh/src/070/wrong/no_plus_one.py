"""Measures the sides as r2 - r1 and c2 - c1, forgetting that both end cells are painted."""
t = int(input())
for _ in range(t):
    r1, c1, r2, c2 = map(int, input().split())
    r3, c3, r4, c4 = map(int, input().split())
    first = (r2 - r1) * (c2 - c1)
    second = (r4 - r3) * (c4 - c3)
    rows = max(0, min(r2, r4) - max(r1, r3))
    cols = max(0, min(c2, c4) - max(c1, c3))
    print(first + second - rows * cols)
