# A separate BFS from every drop; a cell takes the colours of all drops nearest to it.
from collections import deque

t = int(input())
for _ in range(t):
    n, m = map(int, input().split())
    g = [input().strip() for _ in range(n)]
    drops = [(i, j, g[i][j]) for i in range(n) for j in range(m) if g[i][j] in "RB"]
    best = {}
    for si, sj, colour in drops:
        d = {(si, sj): 0}
        dq = deque([(si, sj)])
        while dq:
            i, j = dq.popleft()
            for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                if 0 <= a < n and 0 <= b < m and g[a][b] != "#" and (a, b) not in d:
                    d[(a, b)] = d[(i, j)] + 1
                    dq.append((a, b))
        for cell, x in d.items():
            if cell not in best or x < best[cell][0]:
                best[cell] = (x, {colour})
            elif x == best[cell][0]:
                best[cell][1].add(colour)
    red = sum(1 for x, s in best.values() if s == {"R"})
    blue = sum(1 for x, s in best.values() if s == {"B"})
    print(red, blue, len(best) - red - blue)
