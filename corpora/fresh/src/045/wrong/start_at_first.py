"""Starts at floor f_1 instead of floor 1."""
t = int(input())
for _ in range(t):
    n = int(input())
    floors = list(map(int, input().split()))
    cur, total = floors[0], 0
    for f in floors:
        if f > cur:
            total += (cur + f - 1) * (f - cur) // 2
        cur = f
    print(total)
