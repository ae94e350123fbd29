def solve(a: list[int], tunnels: list[tuple[int, int, int]]) -> int:
    """The earliest moment at which all explorers can be outside.

    a: a[v - 1] is the number of explorers in hall v at moment 0
       (1 <= len(a) <= 10^4, 0 <= a[v - 1] <= 10^6); the exit door is in hall 1.
    tunnels: the len(a) - 1 tunnels, each a triple (u_i, v_i, w_i): the halls it connects
       (numbered from 1) and the minutes needed to walk through it
       (1 <= w_i <= 1000); every hall can be reached from every other hall.
    Returns: the earliest moment at which all explorers can be outside (0 if there
       are no explorers).
    """
    n = len(a)
    adj = [[] for _ in range(n)]
    for u, v, w in tunnels:
        adj[u - 1].append((v - 1, w))
        adj[v - 1].append((u - 1, w))
    dist = [-1] * n
    dist[0] = 0
    stack = [0]
    while stack:
        v = stack.pop()
        for u, w in adj[v]:
            if dist[u] < 0:
                dist[u] = dist[v] + w
                stack.append(u)
    arrivals = {}
    for v in range(n):
        if a[v]:
            arrivals[dist[v]] = arrivals.get(dist[v], 0) + a[v]
    last = -1
    for d in sorted(arrivals):
        last = max(last + 1, d) + arrivals[d] - 1
    return max(last, 0)


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n = int(data[pos])
        pos += 1
        a = [int(x) for x in data[pos : pos + n]]
        pos += n
        tunnels = []
        for _ in range(n - 1):
            tunnels.append((int(data[pos]), int(data[pos + 1]), int(data[pos + 2])))
            pos += 3
        out.append(solve(a, tunnels))
    print("\n".join(map(str, out)))


main()
