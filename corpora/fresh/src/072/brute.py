# Tries every cell as the upper left corner of the tent and checks the four cells it would cover.
t = int(input())
for _ in range(t):
    n, m = map(int, input().split())
    g = [input().strip() for _ in range(n)]
    count = 0
    for i in range(n):
        for j in range(m):
            cells = [(i, j), (i, j + 1), (i + 1, j), (i + 1, j + 1)]
            if all(r < n and c < m and g[r][c] == "." for r, c in cells):
                count += 1
    print(count)
