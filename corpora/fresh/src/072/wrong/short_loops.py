"""Off by one in the loop bounds: never puts the tent on the last two rows or last two columns."""
t = int(input())
for _ in range(t):
    n, m = map(int, input().split())
    g = [input().strip() for _ in range(n)]
    count = 0
    for i in range(n - 2):
        for j in range(m - 2):
            if g[i][j] == g[i][j + 1] == g[i + 1][j] == g[i + 1][j + 1] == ".":
                count += 1
    print(count)
