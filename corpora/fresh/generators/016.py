"""Private tests of fresh/016: one song, one genre only, a frequent genre that fits exactly
(count = others + 1) or by one too many, the shortest songs belonging to rare genres (so
throwing away the shortest songs is wrong), long songs of the frequent genre listed last,
many small random cases with a skewed genre distribution, and maximal inputs."""

import random

SEED = 26016
MAX_SUM_N = 2 * 10**4
MAX_L = 10**6


def case(g: list[int], l: list[int]) -> str:
    n = len(g)
    assert n == len(l) and 1 <= n
    assert all(1 <= x <= n for x in g) and all(1 <= x <= MAX_L for x in l)
    return f"{n}\n{' '.join(map(str, g))}\n{' '.join(map(str, l))}\n"


def test(cases: list[tuple[list[int], list[int]]]) -> str:
    assert 1 <= len(cases) <= 10**4 and sum(len(g) for g, _ in cases) <= MAX_SUM_N
    return f"{len(cases)}\n" + "".join(case(g, l) for g, l in cases)


def skewed(rng: random.Random, n: int, top_l: int) -> tuple[list[int], list[int]]:
    big = rng.randint(1, n)
    share = rng.random()
    g = [big if rng.random() < share else rng.randint(1, n) for _ in range(n)]
    return g, [rng.randint(1, top_l) for _ in range(n)]


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([([1], [1])]),
        test([([1], [MAX_L]), ([2, 2], [3, 5]), ([1, 1, 1], [1, 1, 1]), ([1, 2], [7, 8])]),
        # count = others + 1 (everything fits) and count = others + 2 (one song must go)
        test([([1, 2, 1, 3, 1], [1, 2, 3, 4, 5]), ([1, 1, 2, 1, 3, 1], [6, 5, 4, 3, 2, 1]),
              ([4, 4, 4, 4, 1, 2], [9, 1, 9, 9, 5, 5])]),
        # the shortest songs belong to rare genres
        test([([1, 1, 1, 1, 2, 3], [10, 10, 10, 10, 1, 1]), ([5, 5, 5, 5, 5, 2], [7, 8, 9, 10, 11, 1]),
              ([3, 3, 3, 1, 2, 3, 3], [100, 200, 300, 1, 2, 400, 500])]),
        # the longest songs of the frequent genre come last
        test([([2, 2, 2, 2, 2, 1], [1, 2, 3, 4, 5, 6]), ([1] * 7 + [2], [1, 1, 1, 1, 1, MAX_L, MAX_L, 1])]),
    ]
    for _ in range(13):  # many small cases: where the brute force checks the reference
        cases = []
        for _ in range(rng.randint(10, 14)):
            cases.append(skewed(rng, rng.randint(1, 8), rng.choice([5, 100, MAX_L])))
        tests.append(test(cases))
    for _ in range(2):  # medium cases
        tests.append(test([skewed(rng, rng.randint(50, 500), MAX_L) for _ in range(20)]))
    # maximal: one dominating genre, balanced genres, many tiny cases
    n = MAX_SUM_N
    g = [7 if rng.random() < 0.8 else rng.randint(1, n) for _ in range(n)]
    tests.append(test([(g, [rng.randint(1, MAX_L) for _ in range(n)])]))
    tests.append(test([([rng.randint(1, n) for _ in range(n)], [rng.randint(1, MAX_L) for _ in range(n)])]))
    tests.append(test([skewed(rng, 4, MAX_L) for _ in range(5000)]))
    return tests
