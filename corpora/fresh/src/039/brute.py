# Check every segment, extending it song by song.
t = int(input())
for _ in range(t):
    n, c, d = map(int, input().split())
    g = list(map(int, input().split()))
    total = 0
    for l in range(n):
        cnt = {}
        worst = 0
        for r in range(l, n):
            cnt[g[r]] = cnt.get(g[r], 0) + 1
            worst = max(worst, cnt[g[r]])
            if worst <= c and len(cnt) >= d:
                total += 1
    print(total)
