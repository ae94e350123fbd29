"""Recomputes the whole set of reachable cells every minute: correct, but O(time * cells)."""
t = int(input())
for _ in range(t):
    n, m = map(int, input().split())
    g = [input().strip() for _ in range(n)]
    for i in range(n):
        for j in range(m):
            if g[i][j] == "S":
                s = (i, j)
            if g[i][j] == "T":
                e = (i, j)
    cur = {s}
    prev2 = None
    prev1 = None
    time = 0
    ans = -1
    while True:
        if e in cur:
            ans = time
            break
        if cur == prev2:
            break
        nxt = set()
        p = (time + 1) % 2
        for i, j in cur:
            for di, dj in ((0, 0), (1, 0), (-1, 0), (0, 1), (0, -1)):
                a, b = i + di, j + dj
                if 0 <= a < n and 0 <= b < m:
                    ch = g[a][b]
                    if ch == "#" or (ch == "A" and p == 1) or (ch == "B" and p == 0):
                        continue
                    nxt.add((a, b))
        prev2, prev1, cur = prev1, cur, nxt
        time += 1
    print(ans)
