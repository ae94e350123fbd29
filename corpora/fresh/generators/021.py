"""Private tests of fresh/021: one station, unreachable station n, k = 0 (downhill only),
trails between stations of equal height (free), a fast route to a middle station that
wastes tickets (keeping one arrival per station is wrong), routes where one more ticket
saves time (fewest tickets first is wrong), parallel trails, many small random resorts
with few distinct heights, and maximal resorts (n = 3000, m = 6000, k = 10)."""

import random

SEED = 26021
MAX_N, MAX_M = 3000, 6000


def case(k: int, h: list[int], trails: list[tuple[int, int, int]]) -> str:
    n = len(h)
    assert 1 <= n <= MAX_N and 0 <= len(trails) <= MAX_M and 0 <= k <= 10
    assert all(1 <= x <= 10**9 for x in h)
    assert all(1 <= u <= n and 1 <= v <= n and u != v and 1 <= w <= 10**6 for u, v, w in trails)
    lines = [f"{n} {len(trails)} {k}", " ".join(map(str, h))] + [f"{u} {v} {w}" for u, v, w in trails]
    return "\n".join(lines) + "\n"


def test(cases: list[tuple[int, list[int], list[tuple[int, int, int]]]]) -> str:
    assert 1 <= len(cases) <= 10**4
    assert sum(len(h) for _, h, _ in cases) <= MAX_N and sum(len(tr) for _, _, tr in cases) <= MAX_M
    return f"{len(cases)}\n" + "".join(case(k, h, tr) for k, h, tr in cases)


def rand_resort(rng: random.Random, n: int, m: int, k: int, hmax: int, wmax: int):
    h = [rng.randint(1, hmax) for _ in range(n)]
    trails = []
    if n > 1:
        for _ in range(m):
            u, v = rng.sample(range(1, n + 1), 2)
            trails.append((u, v, rng.randint(1, wmax)))
    return k, h, trails


def generate(rng: random.Random) -> list[str]:
    trap = [5, 10, 3, 8]
    trap_trails = [(1, 2, 1), (1, 3, 5), (2, 3, 1), (3, 4, 1)]
    tests = [
        test([(0, [7], [])]),
        test([(0, [1], []), (3, [5, 9], [(1, 2, 4)]), (0, [5, 9], [(1, 2, 4)]), (0, [9, 5], [(2, 1, 4)]),
              (0, [1, 1, 1], [(1, 2, 1)]), (10, [3, 2, 1], [])]),
        # flat trails are free
        test([(0, [4, 4, 4], [(1, 2, 3), (2, 3, 3)]), (1, [4, 4, 5, 4], [(1, 2, 1), (2, 4, 1), (1, 3, 1), (3, 4, 1)]),
              (0, [2, 2, 1, 2], [(1, 3, 1), (3, 4, 1), (1, 4, 10)])]),
        # the fastest arrival at a middle station spends a ticket that is needed later
        test([(1, trap, trap_trails), (2, trap, trap_trails), (0, trap, trap_trails),
              (2, [1, 9, 2, 8, 3, 7], [(1, 2, 1), (2, 3, 1), (1, 3, 50), (3, 4, 1), (4, 5, 1), (3, 5, 40), (5, 6, 1)])]),
        # one more ticket saves a lot of time; parallel trails
        test([(2, [1, 5, 9], [(1, 3, 100), (1, 2, 1), (2, 3, 1)]), (1, [1, 5, 9], [(1, 3, 100), (1, 2, 1), (2, 3, 1)]),
              (1, [3, 6], [(1, 2, 9), (2, 1, 2), (1, 2, 5)])]),
    ]
    for _ in range(12):  # many small resorts: where the brute force checks the reference
        cases = []
        for _ in range(rng.randint(8, 14)):
            n = rng.randint(1, 7)
            cases.append(rand_resort(rng, n, rng.randint(0, 10), rng.randint(0, 3), rng.choice([2, 4, 10**9]),
                                     rng.choice([3, 20])))
        tests.append(test(cases))
    for _ in range(2):  # medium resorts
        cases = [rand_resort(rng, 150, 300, rng.randint(0, 10), rng.choice([5, 1000, 10**9]), 10**6) for _ in range(20)]
        tests.append(test(cases))
    # maximal: a random resort, a mountain range with many ups and downs, many tiny resorts
    tests.append(test([rand_resort(rng, MAX_N, MAX_M, 10, 10**9, 10**6)]))
    h = [1 + abs((i % 200) - 100) * 9 * 10**6 for i in range(MAX_N)]
    trails = [(i, i + 1, rng.randint(1, 10**6)) for i in range(1, MAX_N)]
    while len(trails) < MAX_M:
        u = rng.randint(1, MAX_N - 1)
        v = min(MAX_N, u + rng.randint(2, 300))
        trails.append((u, v, rng.randint(10**5, 10**6)))
    tests.append(test([(10, h, trails)]))
    tests.append(test([rand_resort(rng, 3, 6, rng.randint(0, 2), 3, 10) for _ in range(1000)]))
    return tests
