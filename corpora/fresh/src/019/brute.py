# Distances by repeated relaxation over all tunnels (Bellman-Ford), then a moment-by-moment
# simulation of the queue at the door.
t = int(input())
for _ in range(t):
    n = int(input())
    a = list(map(int, input().split()))
    edges = [tuple(map(int, input().split())) for _ in range(n - 1)]
    inf = float("inf")
    dist = [inf] * (n + 1)
    dist[1] = 0
    for _ in range(n):
        for u, v, w in edges:
            dist[v] = min(dist[v], dist[u] + w)
            dist[u] = min(dist[u], dist[v] + w)
    arrive = {}
    for v in range(1, n + 1):
        arrive[dist[v]] = arrive.get(dist[v], 0) + a[v - 1]
    left = sum(a)
    waiting = 0
    moment = 0
    answer = 0
    while left > 0:
        waiting += arrive.get(moment, 0)
        if waiting > 0:
            waiting -= 1
            left -= 1
            answer = moment
            moment += 1
        else:
            moment = min(d for d in arrive if d > moment)
    print(answer)
