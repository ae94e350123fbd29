"""Private tests of fresh/017: one monster, D = 1 (only the splash matters), D = 2, huge D,
monsters that die from the splash alone, answers where rounding the number of hits down is
wrong, answers near 10^9 (a linear scan over the answer is too slow), many small random
cases (checked by a search over the game itself), and maximal inputs."""

import random

SEED = 26017
MAX_SUM_N = 2 * 10**4
MAX_V = 10**9


def case(d: int, h: list[int]) -> str:
    assert 1 <= len(h) <= MAX_SUM_N and 1 <= d <= MAX_V and all(1 <= x <= MAX_V for x in h)
    return f"{len(h)} {d}\n{' '.join(map(str, h))}\n"


def test(cases: list[tuple[int, list[int]]]) -> str:
    assert 1 <= len(cases) <= 10**4 and sum(len(h) for _, h in cases) <= MAX_SUM_N
    return f"{len(cases)}\n" + "".join(case(d, h) for d, h in cases)


def small(rng: random.Random) -> tuple[int, list[int]]:
    n = rng.randint(1, 4)
    d = rng.choice([1, 2, 3, rng.randint(1, 8), rng.randint(1, 30)])
    return d, [rng.randint(1, rng.choice([3, 10, 20])) for _ in range(n)]


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([(1, [1])]),
        test([(1, [5, 3, 9]), (1, [1, 1]), (2, [4]), (3, [1, 1, 7]), (4, [4, 4, 4])]),
        test([(2, [5, 5]), (2, [6, 6]), (3, [10, 1]), (5, [6, 6, 6]), (6, [6, 6, 6]), (7, [6, 6, 6])]),
        test([(MAX_V, [1, 2, 3]), (20, [20, 20]), (19, [20, 20]), (3, [2, 2, 2, 2])]),
    ]
    for _ in range(12):  # many small cases: where the brute force checks the reference
        tests.append(test([small(rng) for _ in range(rng.randint(15, 25))]))
    # huge values, mixed with padding so that they stay away from the exhaustive search
    pad = [(rng.randint(2, MAX_V), [rng.randint(1, MAX_V) for _ in range(20)]) for _ in range(5)]
    tests.append(test([(1, [MAX_V]), (2, [MAX_V]), (MAX_V, [MAX_V]), (MAX_V, [MAX_V] * 3),
                       (MAX_V - 1, [MAX_V, 1]), (2, [MAX_V, MAX_V - 1, 1])] + pad))
    tests.append(test([(2, [MAX_V] * 50), (3, [MAX_V - rng.randint(0, 10) for _ in range(50)]),
                       (1, [rng.randint(1, MAX_V) for _ in range(50)])] + pad))
    for _ in range(2):  # medium cases
        cases = []
        for _ in range(20):
            d = rng.choice([2, rng.randint(1, 100), rng.randint(1, MAX_V)])
            cases.append((d, [rng.randint(1, MAX_V) for _ in range(rng.randint(1, 500))]))
        tests.append(test(cases))
    # maximal: one big fight with small D, one with large D, many tiny fights
    tests.append(test([(3, [rng.randint(1, MAX_V) for _ in range(MAX_SUM_N)])]))
    tests.append(test([(rng.randint(10**5, MAX_V), [rng.randint(MAX_V // 2, MAX_V) for _ in range(MAX_SUM_N)])]))
    tests.append(test([(rng.randint(1, MAX_V), [rng.randint(1, MAX_V) for _ in range(2)]) for _ in range(8000)]))
    return tests
