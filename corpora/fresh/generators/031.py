"""Private tests of fresh/031: two towns (equal and different colours), roads inside a
component and repeated roads, all banners of one colour (the largest answers), all
colours distinct (answers stay 0), many small random kingdoms, and maximal kingdoms: random
roads, and a road order that makes merging the big group into the small one quadratic."""

import random

SEED = 26031
MAX_N = 15000
MAX_M = 15000


def case(c: list[int], roads: list[tuple[int, int]]) -> str:
    n = len(c)
    assert 2 <= n and 1 <= len(roads) and all(1 <= x <= n for x in c)
    assert all(1 <= u <= n and 1 <= v <= n and u != v for u, v in roads)
    return f"{n} {len(roads)}\n{' '.join(map(str, c))}\n" + "".join(f"{u} {v}\n" for u, v in roads)


def test(cases: list[tuple[list[int], list[tuple[int, int]]]]) -> str:
    assert 1 <= len(cases) <= 10**4
    assert sum(len(c) for c, _ in cases) <= MAX_N and sum(len(r) for _, r in cases) <= MAX_M
    return f"{len(cases)}\n" + "".join(case(c, r) for c, r in cases)


def rand_roads(rng: random.Random, n: int, m: int) -> list[tuple[int, int]]:
    roads = []
    for _ in range(m):
        u = rng.randint(1, n)
        v = rng.randint(1, n - 1)
        roads.append((u, v if v < u else v + 1))
    return roads


def small(rng: random.Random) -> tuple[list[int], list[tuple[int, int]]]:
    n = rng.randint(2, 8)
    k = rng.randint(1, min(n, 3))
    c = [rng.randint(1, k) for _ in range(n)]
    return c, rand_roads(rng, n, rng.randint(1, 10))


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([([1, 1], [(1, 2)])]),
        test([([1, 2], [(1, 2)]), ([2, 2], [(2, 1), (1, 2), (2, 1)]), ([1, 1, 2], [(1, 3), (3, 2), (2, 1)])]),
        test([([1, 2, 1, 2, 1], [(1, 2), (2, 3), (4, 5), (3, 1), (5, 4), (5, 1)])]),
        test([([3] * 10, [(i, i + 1) for i in range(1, 10)] + [(10, 1)]), (list(range(1, 8)), [(i, 8 - i) for i in (1, 2, 3, 5, 6, 7)])]),
        test([([1, 2, 3, 1, 2, 3], [(1, 2), (3, 4), (5, 6), (2, 3), (4, 5), (6, 1)]), ([4, 4, 1, 1], [(1, 3), (2, 4), (3, 4)])]),
    ]
    for _ in range(12):
        tests.append(test([small(rng) for _ in range(rng.randint(20, 60))]))
    for _ in range(3):
        cases = []
        for _ in range(8):
            n = rng.randint(50, 300)
            c = [rng.randint(1, rng.choice([2, 10, n])) for _ in range(n)]
            cases.append((c, rand_roads(rng, n, rng.randint(n // 2, 2 * n))))
        tests.append(test(cases))
    # maximal: random roads with few colours; one colour; a star built towards town 1
    c = [rng.randint(1, 50) for _ in range(MAX_N)]
    tests.append(test([(c, rand_roads(rng, MAX_N, MAX_M))]))
    tests.append(test([([1] * MAX_N, rand_roads(rng, MAX_N, MAX_M))]))
    c = [i % (MAX_N // 2) + 1 for i in range(MAX_N)]
    rng.shuffle(c)
    tests.append(test([(c, [(i, 1) for i in range(2, MAX_N + 1)])]))
    return tests
