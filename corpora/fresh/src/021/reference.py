import sys
from heapq import heappop, heappush


def main() -> None:
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n, m, k = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
        pos += 3
        h = [int(x) for x in data[pos : pos + n]]
        pos += n
        adj = [[] for _ in range(n)]
        for _ in range(m):
            u, v, w = int(data[pos]) - 1, int(data[pos + 1]) - 1, int(data[pos + 2])
            pos += 3
            adj[u].append((v, w, 1 if h[v] > h[u] else 0))
            adj[v].append((u, w, 1 if h[u] > h[v] else 0))
        # Dijkstra over states (station, tickets used); state id = station·(k + 1) + used.
        width = k + 1
        inf = float("inf")
        dist = [inf] * (n * width)
        dist[0] = 0
        heap = [(0, 0)]
        answer = -1
        while heap:
            d, state = heappop(heap)
            if d > dist[state]:
                continue
            v, used = divmod(state, width)
            if v == n - 1:
                answer = d
                break
            for u, w, cost in adj[v]:
                nu = used + cost
                if nu <= k:
                    s2 = u * width + nu
                    nd = d + w
                    if nd < dist[s2]:
                        dist[s2] = nd
                        heappush(heap, (nd, s2))
        out.append(answer)
    print("\n".join(map(str, out)))


main()
