"""Checks the corner cell, its right neighbour and the cell below, but forgets the fourth cell."""
t = int(input())
for _ in range(t):
    n, m = map(int, input().split())
    g = [input().strip() for _ in range(n)]
    count = 0
    for i in range(n - 1):
        for j in range(m - 1):
            if g[i][j] == "." and g[i][j + 1] == "." and g[i + 1][j] == ".":
                count += 1
    print(count)
