import sys

MOD = 998244353


def main() -> None:
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n, m = int(data[pos]), int(data[pos + 1])
        pos += 2
        water = [int(x) for x in data[pos : pos + n]]
        pos += n
        adj = [[] for _ in range(n)]
        indeg = [0] * n
        for e in range(m):
            u, v = int(data[pos + 2 * e]) - 1, int(data[pos + 2 * e + 1]) - 1
            adj[u].append(v)
            indeg[v] += 1
        pos += 2 * m
        order = [v for v in range(n) if indeg[v] == 0]  # Kahn's algorithm
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
        out.append(" ".join(str(water[v] % MOD) for v in range(n) if not adj[v]))
    print("\n".join(out))


main()
