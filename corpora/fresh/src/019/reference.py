import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n = int(data[pos])
        pos += 1
        a = [int(x) for x in data[pos : pos + n]]
        pos += n
        adj = [[] for _ in range(n)]
        for _ in range(n - 1):
            u, v, w = int(data[pos]) - 1, int(data[pos + 1]) - 1, int(data[pos + 2])
            pos += 3
            adj[u].append((v, w))
            adj[v].append((u, w))
        # Distances from the exit (iterative DFS: the tree may be a long path).
        dist = [-1] * n
        dist[0] = 0
        stack = [0]
        while stack:
            v = stack.pop()
            for u, w in adj[v]:
                if dist[u] < 0:
                    dist[u] = dist[v] + w
                    stack.append(u)
        # The door serves explorers in the order of arrival, never idle while someone waits.
        arrivals = {}
        for v in range(n):
            if a[v]:
                arrivals[dist[v]] = arrivals.get(dist[v], 0) + a[v]
        last = -1
        for d in sorted(arrivals):
            last = max(last + 1, d) + arrivals[d] - 1
        out.append(max(last, 0))
    print("\n".join(map(str, out)))


main()
