import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n, m = int(data[pos]), int(data[pos + 1])
        pos += 2
        parent = list(range(n))
        groups = [{int(c): 1} for c in data[pos : pos + n]]  # colour -> count, for roots
        pos += n
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
        for _ in range(m):
            u, v = find(int(data[pos]) - 1), find(int(data[pos + 1]) - 1)
            pos += 2
            if u != v:
                if size[u] < size[v]:
                    u, v = v, u
                big, small = groups[u], groups[v]
                for c, k in small.items():
                    have = big.get(c, 0)
                    pairs += have * k
                    big[c] = have + k
                groups[v] = None
                parent[v] = u
                size[u] += size[v]
            res.append(pairs)
        out.append(" ".join(map(str, res)))
    print("\n".join(out))


main()
