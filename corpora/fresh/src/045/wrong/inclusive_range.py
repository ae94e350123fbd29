"""Charges cur + ... + f for a climb from cur to f (one floor too many)."""
t = int(input())
for _ in range(t):
    n = int(input())
    floors = list(map(int, input().split()))
    cur, total = 1, 0
    for f in floors:
        if f > cur:
            total += (cur + f) * (f - cur + 1) // 2
        cur = f
    print(total)
