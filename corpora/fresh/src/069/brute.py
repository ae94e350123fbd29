# Breadth-first search over states (point, number of moves made mod 2) inside a box around the
# start and the target; once the target is reached with the right parity after m <= k moves, the
# remaining k - m (an even number) moves go back and forth between two neighbouring points.
from collections import deque

t = int(input())
for _ in range(t):
    x, y, k = map(int, input().split())
    lox, hix = min(0, x) - 1, max(0, x) + 1
    loy, hiy = min(0, y) - 1, max(0, y) + 1
    w, h = hix - lox + 1, hiy - loy + 1
    # state index: ((a - lox) * h + (b - loy)) * 2 + parity
    dist = [-1] * (w * h * 2)
    start = ((0 - lox) * h + (0 - loy)) * 2
    dist[start] = 0
    dq = deque([(0, 0, 0)])
    while dq:
        a, b, p = dq.popleft()
        d = dist[((a - lox) * h + (b - loy)) * 2 + p] + 1
        for na, nb in ((a + 1, b), (a - 1, b), (a, b + 1), (a, b - 1)):
            if lox <= na <= hix and loy <= nb <= hiy:
                s = ((na - lox) * h + (nb - loy)) * 2 + 1 - p
                if dist[s] < 0:
                    dist[s] = d
                    dq.append((na, nb, 1 - p))
    m = dist[((x - lox) * h + (y - loy)) * 2 + k % 2]
    print("YES" if 0 <= m <= k else "NO")
