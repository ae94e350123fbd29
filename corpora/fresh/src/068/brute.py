# Dynamic programming over the tiles: best[i] is the fewest moves to stand on tile i.
t = int(input())
for _ in range(t):
    n = int(input())
    s = input().strip()
    INF = float("inf")
    best = [INF] * n
    best[0] = 0
    for i in range(1, n):
        if s[i] == "*":
            continue
        for back in (1, 2):
            if i - back >= 0 and best[i - back] + 1 < best[i]:
                best[i] = best[i - back] + 1
    print(best[n - 1] if best[n - 1] < INF else -1)
