"""Private tests of fresh/019: one hall (with and without explorers), no explorers at all,
crowds in hall 1, explorers who arrive while the door is still busy and ones who arrive
after it has been idle, long tunnels versus many short ones (counting tunnels is wrong),
many small random trees, and maximal inputs: a path of 10^4 halls with the exit at one end
(deep recursion, long walks up), a path with the exit in the middle, and a random tree."""

import random

SEED = 26019
MAX_SUM_N = 10**4


def case(a: list[int], edges: list[tuple[int, int, int]]) -> str:
    n = len(a)
    assert 1 <= n <= MAX_SUM_N and len(edges) == n - 1
    assert all(0 <= x <= 10**6 for x in a)
    parent = list(range(n + 1))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for u, v, w in edges:
        assert 1 <= u <= n and 1 <= v <= n and u != v and 1 <= w <= 1000
        ru, rv = find(u), find(v)
        assert ru != rv
        parent[ru] = rv
    lines = [str(n), " ".join(map(str, a))] + [f"{u} {v} {w}" for u, v, w in edges]
    return "\n".join(lines) + "\n"


def test(cases: list[tuple[list[int], list[tuple[int, int, int]]]]) -> str:
    assert 1 <= len(cases) <= 10**4 and sum(len(a) for a, _ in cases) <= MAX_SUM_N
    return f"{len(cases)}\n" + "".join(case(a, e) for a, e in cases)


def relabel(rng: random.Random, n: int, edges: list[tuple[int, int, int]], keep_root: bool = True):
    """Shuffles labels (hall 1 stays hall 1 if keep_root), edge order and orientation."""
    perm = list(range(1, n + 1))
    rest = perm[1:] if keep_root else perm[:]
    rng.shuffle(rest)
    perm = ([1] + rest) if keep_root else rest
    mapping = {i + 1: perm[i] for i in range(n)}
    out = []
    for u, v, w in edges:
        u, v = mapping[u], mapping[v]
        if rng.random() < 0.5:
            u, v = v, u
        out.append((u, v, w))
    rng.shuffle(out)
    return out


def rand_tree(rng: random.Random, n: int, max_w: int) -> list[tuple[int, int, int]]:
    edges = [(rng.randint(max(1, i - rng.choice([1, 3, i])), i - 1) if i > 1 else 1, i, rng.randint(1, max_w))
             for i in range(2, n + 1)]
    return relabel(rng, n, edges, keep_root=rng.random() < 0.5)


def path(n: int, ws: list[int]) -> list[tuple[int, int, int]]:
    return [(i, i + 1, ws[i - 1]) for i in range(1, n)]


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([([0], [])]),
        test([([1], []), ([3], []), ([0, 0], [(1, 2, 5)]), ([0, 1], [(2, 1, 1)]), ([2, 1], [(1, 2, 1)])]),
        # the door is busy when the next explorers arrive / idle for a while
        test([([3, 1, 1], [(1, 2, 1), (1, 3, 2)]), ([1, 1, 1], [(1, 2, 5), (2, 3, 5)]),
              ([0, 4, 0, 4], [(1, 2, 2), (2, 3, 1), (3, 4, 1)]), ([5, 0, 0, 1], [(1, 2, 1), (2, 3, 1), (3, 4, 1)])]),
        # one long tunnel against many short ones
        test([([0, 1, 0, 0, 0, 3], [(1, 2, 10), (1, 3, 1), (3, 4, 1), (4, 5, 1), (5, 6, 1)]),
              ([0, 2, 2], [(1, 2, 1000), (1, 3, 1)]), ([0, 0, 0, 0], [(1, 2, 1), (2, 3, 1), (3, 4, 1)])]),
    ]
    big = [([10**6], []), ([10**6, 10**6], [(1, 2, 1000)]), ([0, 10**6, 1], [(1, 2, 3), (2, 3, 1000)])]
    pad = [([rng.randint(0, 10**6) for _ in range(60)], rand_tree(rng, 60, 1000)) for _ in range(3)]
    tests.append(test(big + pad))
    for _ in range(12):  # many small trees: where the brute force checks the reference
        cases = []
        for _ in range(rng.randint(12, 25)):
            n = rng.randint(1, 8)
            top = rng.choice([1, 3, 6])
            a = [rng.randint(0, top) if rng.random() < 0.7 else 0 for _ in range(n)]
            cases.append((a, rand_tree(rng, n, rng.choice([1, 3, 10]))))
        tests.append(test(cases))
    for _ in range(2):  # medium trees
        cases = []
        for _ in range(10):
            n = rng.randint(50, 200)
            cases.append(([rng.randint(0, 1000) for _ in range(n)], rand_tree(rng, n, 1000)))
        tests.append(test(cases))
    # maximal: a path from the exit, a path through the exit, a random tree
    n = MAX_SUM_N
    tests.append(test([([rng.randint(1, 9) for _ in range(n)], relabel(rng, n, path(n, [rng.randint(1, 9) for _ in range(n - 1)])))]))
    edges = [(i, i + 1, rng.randint(1, 1000)) for i in range(1, n)]
    mid = n // 2
    mapping = {mid: 1, 1: mid}
    edges = [(mapping.get(u, u), mapping.get(v, v), w) for u, v, w in edges]
    tests.append(test([([rng.randint(0, 10**6) for _ in range(n)], edges)]))
    tests.append(test([([rng.randint(0, 10**6) for _ in range(n)], rand_tree(rng, n, 1000))]))
    return tests
