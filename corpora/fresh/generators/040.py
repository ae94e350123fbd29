"""Private tests of fresh/040: a single terrace; no channels; no rain; repeated channels between
the same terraces; channels from larger to smaller numbers (the numbering is not a topological
order); a diamond and a star; a long reversed chain (deep recursion fails); many small random
mountains for the brute force (which follows every path with exact fractions); and maximal
mountains (sum of n = 10^4, sum of m = 2·10^4) with shuffled numbering."""

import random

SEED = 26040
MAX_N = 10**4
MAX_M = 2 * 10**4


def test(cases: list[tuple[list[int], list[tuple[int, int]]]]) -> str:
    assert 1 <= len(cases) <= 10**4
    assert sum(len(a) for a, _ in cases) <= MAX_N
    assert sum(len(e) for _, e in cases) <= MAX_M
    parts = [f"{len(cases)}\n"]
    for a, edges in cases:
        n = len(a)
        assert all(0 <= x <= 100 for x in a)
        assert all(1 <= u <= n and 1 <= v <= n and u != v for u, v in edges)
        indeg = [0] * (n + 1)  # acyclicity check (Kahn)
        adj = [[] for _ in range(n + 1)]
        for u, v in edges:
            adj[u].append(v)
            indeg[v] += 1
        order = [v for v in range(1, n + 1) if indeg[v] == 0]
        for u in order:
            for v in adj[u]:
                indeg[v] -= 1
                if indeg[v] == 0:
                    order.append(v)
        assert len(order) == n
        parts.append(f"{n} {len(edges)}\n{' '.join(map(str, a))}\n")
        parts.append("".join(f"{u} {v}\n" for u, v in edges))
    return "".join(parts)


def random_dag(rng: random.Random, n: int, m: int, rain: int) -> tuple[list[int], list[tuple[int, int]]]:
    label = list(range(1, n + 1))
    rng.shuffle(label)  # label[i] is the terrace at position i of a topological order
    edges = []
    if n >= 2:
        for _ in range(m):
            i = rng.randrange(n - 1)
            j = rng.randint(i + 1, min(n - 1, i + rng.choice([1, 2, 5, n])))
            edges.append((label[i], label[j]))
    a = [rng.randint(0, rain) for _ in range(n)]
    return a, edges


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([([0], [])]),
        test([([100], []), ([0, 0], [(1, 2)]), ([5, 7], []), ([3, 0], [(2, 1)]), ([1, 1, 1], [(3, 2), (2, 1)])]),
        test([([1, 0, 0], [(1, 2), (1, 2), (1, 3)]), ([6, 0], [(1, 2), (1, 2), (1, 2)]), ([1, 0, 0, 0], [(1, 2), (1, 3), (1, 4)])]),
        test([([4, 0, 0, 0], [(1, 2), (1, 3), (2, 4), (3, 4)]), ([0, 9, 0, 0], [(4, 3), (2, 4), (2, 3), (3, 1), (4, 1)])]),
        test([([1, 2, 3, 4, 5], [(5, 4), (4, 3), (3, 2), (2, 1), (5, 1), (5, 3)]), ([0, 0, 0, 0], [(1, 2), (3, 4)])]),
        test([([1] * 7, [(1, 2), (1, 3), (1, 4), (2, 5), (3, 5), (4, 6), (5, 7), (6, 7), (1, 7)])]),
    ]
    for _ in range(12):  # small random mountains: the brute force follows every path
        cases = []
        for _ in range(rng.randint(15, 30)):
            n = rng.randint(1, 7)
            cases.append(random_dag(rng, n, rng.randint(0, 2 * n), rng.choice([1, 3, 100])))
        tests.append(test(cases))
    for _ in range(2):  # medium mountains
        tests.append(test([random_dag(rng, 200, 600, 100) for _ in range(20)]))
    # maximal: a long reversed chain with extra channels; a random shuffled DAG; many tiny ones
    n = MAX_N
    edges = [(v + 1, v) for v in range(1, n)]
    while len(edges) < MAX_M:
        u = rng.randint(2, n)
        edges.append((u, rng.randint(max(1, u - 50), u - 1)))
    tests.append(test([([rng.randint(0, 100) for _ in range(n)], edges)]))
    tests.append(test([random_dag(rng, MAX_N, MAX_M, 100)]))
    tests.append(test([random_dag(rng, 5, 10, 100) for _ in range(MAX_N // 5)]))
    return tests
