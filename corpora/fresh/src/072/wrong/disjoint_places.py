"""Counts non-overlapping places only: in each pair of rows a run of r free columns gives r // 2."""
t = int(input())
for _ in range(t):
    n, m = map(int, input().split())
    g = [input().strip() for _ in range(n)]
    count = 0
    for i in range(n - 1):
        run = 0
        for j in range(m + 1):
            if j < m and g[i][j] == "." and g[i + 1][j] == ".":
                run += 1
            else:
                count += run // 2
                run = 0
    print(count)
