def solve(c: list[int], roads: list[tuple[int, int]]) -> list[int]:
    """The number of friendly pairs of towns after each day.

    c: c[i - 1] is the colour of the banner of town i (2 <= len(c) <= 1.5*10^4,
       1 <= c[i] <= len(c)).
    roads: the roads in the order they are built, road j as the pair (u_j, v_j) of
       towns it connects (numbered from 1, u_j != v_j; 1 <= len(roads) <= 1.5*10^4).
    Returns: a list whose j-th element is the number of unordered pairs of distinct
       friendly towns after the road of day j is built.
    """
    n = len(c)
    parent = list(range(n))
    groups = [{x: 1} for x in c]
    size = [1] * n

    def find(x: int) -> int:
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    pairs = 0
    res = []
    for a, b in roads:
        u, v = find(a - 1), find(b - 1)
        if u != v:
            if size[u] < size[v]:
                u, v = v, u
            big, small = groups[u], groups[v]
            for col, k in small.items():
                have = big.get(col, 0)
                pairs += have * k
                big[col] = have + k
            groups[v] = None
            parent[v] = u
            size[u] += size[v]
        res.append(pairs)
    return res


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n, m = int(data[pos]), int(data[pos + 1])
        pos += 2
        c = [int(x) for x in data[pos : pos + n]]
        pos += n
        roads = []
        for _ in range(m):
            roads.append((int(data[pos]), int(data[pos + 1])))
            pos += 2
        out.append(" ".join(map(str, solve(c, roads))))
    print("\n".join(out))


main()
