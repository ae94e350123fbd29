# Bellman-Ford over (station, tickets used): relax every trail in both directions for every
# number of used tickets until nothing changes.
t = int(input())
for _ in range(t):
    n, m, k = map(int, input().split())
    h = list(map(int, input().split()))
    trails = [tuple(map(int, input().split())) for _ in range(m)]
    INF = 10**18
    best = [[INF] * (k + 1) for _ in range(n + 1)]
    best[1][0] = 0
    changed = True
    while changed:
        changed = False
        for u, v, w in trails:
            for a, b in ((u, v), (v, u)):
                need = 1 if h[b - 1] > h[a - 1] else 0
                for used in range(k + 1 - need):
                    if best[a][used] + w < best[b][used + need]:
                        best[b][used + need] = best[a][used] + w
                        changed = True
    ans = min(best[n])
    print(ans if ans < INF else -1)
