"""Charges each climb as if it started on floor 1: 1 + 2 + ... + (f - cur)."""
t = int(input())
for _ in range(t):
    n = int(input())
    floors = list(map(int, input().split()))
    cur, total = 1, 0
    for f in floors:
        if f > cur:
            d = f - cur
            total += d * (d + 1) // 2
        cur = f
    print(total)
