# Minute-by-minute set of all cells where Bob can be; stops when the exit appears or when the set
# repeats with the same parity of time (then it repeats forever).
t = int(input())
for _ in range(t):
    n, m = map(int, input().split())
    g = [input().strip() for _ in range(n)]
    cells = [(i, j) for i in range(n) for j in range(m)]
    start = next(p for p in cells if g[p[0]][p[1]] == "S")
    goal = next(p for p in cells if g[p[0]][p[1]] == "T")

    def allowed(p, time):
        ch = g[p[0]][p[1]]
        if ch == "#":
            return False
        if ch == "A":
            return time % 2 == 0
        if ch == "B":
            return time % 2 == 1
        return True

    history = [frozenset([start])]
    answer = -1
    time = 0
    while True:
        cur = history[-1]
        if goal in cur:
            answer = time
            break
        if time >= 2 and cur == history[-3]:
            break
        nxt = set()
        for (i, j) in cur:
            for di, dj in ((0, 0), (1, 0), (-1, 0), (0, 1), (0, -1)):
                p = (i + di, j + dj)
                if 0 <= p[0] < n and 0 <= p[1] < m and allowed(p, time + 1):
                    nxt.add(p)
        history.append(frozenset(nxt))
        time += 1
    print(answer)
