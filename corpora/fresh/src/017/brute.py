# Breadth-first search over the game itself: after every second, the set of all reachable
# tuples of remaining health (clamped at 0); stop when some tuple is all zeros.
t = int(input())
for _ in range(t):
    n, d = map(int, input().split())
    h = tuple(map(int, input().split()))
    states = {h}
    sec = 0
    while (0,) * n not in states:
        sec += 1
        nxt = set()
        for st in states:
            for target in range(n):
                nxt.add(tuple(max(0, x - (d if i == target else 1)) for i, x in enumerate(st)))
        states = nxt
    print(sec)
