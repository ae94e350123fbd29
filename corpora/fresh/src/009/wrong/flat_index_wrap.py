"""Numbers the cells row by row and moves left/right by -1/+1 without checking the row border."""
t = int(input())
for _ in range(t):
    n, m = map(int, input().split())
    grid = "".join(input().strip() for _ in range(n))
    size = n * m
    start, target = grid.index("S"), grid.index("T")
    seen = [[False] * size, [False] * size]
    seen[0][start] = True
    frontier = [start]
    time = 0
    ans = -1
    while frontier:
        if target in frontier:
            ans = time
            break
        p = (time + 1) % 2
        nxt = []
        for v in frontier:
            for u in (v, v - m, v + m, v - 1, v + 1):
                if 0 <= u < size and not seen[p][u]:
                    ch = grid[u]
                    if ch == "#" or (ch == "A" and p == 1) or (ch == "B" and p == 0):
                        continue
                    seen[p][u] = True
                    nxt.append(u)
        frontier = nxt
        time += 1
    print(ans)
