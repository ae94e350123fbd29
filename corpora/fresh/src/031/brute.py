# After every day, rebuild the components from scratch by BFS over all roads built so far
# and count equal-colour pairs inside each component.
import sys
from collections import Counter, deque

data = sys.stdin.read().split()
t = int(data[0])
pos = 1
for _ in range(t):
    n, m = int(data[pos]), int(data[pos + 1])
    pos += 2
    colour = [int(x) for x in data[pos : pos + n]]
    pos += n
    adj = [[] for _ in range(n)]
    answers = []
    for _ in range(m):
        u, v = int(data[pos]) - 1, int(data[pos + 1]) - 1
        pos += 2
        adj[u].append(v)
        adj[v].append(u)
        seen = [False] * n
        total = 0
        for s in range(n):
            if seen[s]:
                continue
            seen[s] = True
            comp = Counter()
            queue = deque([s])
            while queue:
                x = queue.popleft()
                comp[colour[x]] += 1
                for y in adj[x]:
                    if not seen[y]:
                        seen[y] = True
                        queue.append(y)
            total += sum(k * (k - 1) // 2 for k in comp.values())
        answers.append(total)
    print(" ".join(map(str, answers)))
