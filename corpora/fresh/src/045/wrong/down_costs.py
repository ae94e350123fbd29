"""Also charges the way down, as if it cost the same as the way up."""
t = int(input())
for _ in range(t):
    n = int(input())
    floors = list(map(int, input().split()))
    cur, total = 1, 0
    for f in floors:
        lo, hi = min(cur, f), max(cur, f)
        total += (lo + hi - 1) * (hi - lo) // 2
        cur = f
    print(total)
