MOD = 998244353


def solve(a: list[int], channels: list[tuple[int, int]]) -> list[int]:
    """The amount of water every pond collects, modulo 998244353.

    a: a[i - 1] is the amount of rain on terrace i in litres (1 <= len(a) <= 10^4,
       0 <= a[i] <= 100).
    channels: the channels as pairs (u_j, v_j): water flows from terrace u_j to
       terrace v_j (numbered from 1, u_j != v_j; 0 <= len(channels) <= 2*10^4); they
       form no cycle.
    Returns: the amounts of water in all ponds, in increasing order of the numbers of
       the ponds, each as p * q^(-1) modulo 998244353.
    """
    n = len(a)
    water = list(a)
    adj = [[] for _ in range(n)]
    indeg = [0] * n
    for u, v in channels:
        adj[u - 1].append(v - 1)
        indeg[v - 1] += 1
    order = [v for v in range(n) if indeg[v] == 0]
    for u in order:
        for v in adj[u]:
            indeg[v] -= 1
            if indeg[v] == 0:
                order.append(v)
    for u in order:
        if adj[u]:
            share = water[u] * pow(len(adj[u]), MOD - 2, MOD) % MOD
            for v in adj[u]:
                water[v] += share
            water[u] = 0
    return [water[v] % MOD for v in range(n) if not adj[v]]


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n, m = int(data[pos]), int(data[pos + 1])
        pos += 2
        a = [int(x) for x in data[pos : pos + n]]
        pos += n
        channels = [(int(data[pos + 2 * e]), int(data[pos + 2 * e + 1])) for e in range(m)]
        pos += 2 * m
        out.append(" ".join(map(str, solve(a, channels))))
    print("\n".join(out))


main()
