def solve(k: int, h: list[int], trails: list[tuple[int, int, int]]) -> int:
    """The minimum number of minutes Bob needs to get from station 1 to station n.

    k: the number of lift tickets Bob has (0 <= k <= 10).
    h: h[i - 1] is the height of station i in metres; n = len(h) is the station
       where Bob's friends wait (1 <= len(h) <= 3000, 1 <= h[i] <= 10^9).
    trails: the trails, each a triple (u_i, v_i, w_i): the stations it connects
       (numbered from 1, u_i != v_i) and the minutes it takes in either direction
       (0 <= len(trails) <= 6000, 1 <= w_i <= 10^6); several trails may connect the
       same pair of stations.
    Returns: the minimum number of minutes to get from station 1 to station n using
       at most k lift tickets, or -1 if it is impossible.
    """
    from heapq import heappop, heappush
    n = len(h)
    adj = [[] for _ in range(n)]
    for u, v, w in trails:
        u -= 1
        v -= 1
        adj[u].append((v, w, 1 if h[v] > h[u] else 0))
        adj[v].append((u, w, 1 if h[u] > h[v] else 0))
    width = k + 1
    inf = float("inf")
    dist = [inf] * (n * width)
    dist[0] = 0
    heap = [(0, 0)]
    while heap:
        d, state = heappop(heap)
        if d > dist[state]:
            continue
        v, used = divmod(state, width)
        if v == n - 1:
            return d
        for u, w, cost in adj[v]:
            nu = used + cost
            if nu <= k:
                s2 = u * width + nu
                nd = d + w
                if nd < dist[s2]:
                    dist[s2] = nd
                    heappush(heap, (nd, s2))
    return -1


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n, m, k = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
        pos += 3
        h = [int(x) for x in data[pos : pos + n]]
        pos += n
        trails = []
        for _ in range(m):
            trails.append((int(data[pos]), int(data[pos + 1]), int(data[pos + 2])))
            pos += 3
        out.append(solve(k, h, trails))
    print("\n".join(map(str, out)))


main()
