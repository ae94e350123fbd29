"""Private tests of fresh/030: one kid and one bicycle (equal and far apart), k = min(n, m)
and k = 1, equal heights and sizes, traps for taking the closest bicycle, more kids than
bicycles and the other way round, many small random camps (checked by exhaustive
matching), and maximal camps at the bounds on n + m and on the values."""

import random

SEED = 26030
MAX_SUM = 20000
MAX_V = 10**9


def case(k: int, h: list[int], s: list[int]) -> str:
    assert 1 <= k <= min(len(h), len(s)) and all(1 <= x <= MAX_V for x in h + s)
    return f"{len(h)} {len(s)} {k}\n{' '.join(map(str, h))}\n{' '.join(map(str, s))}\n"


def test(cases: list[tuple[int, list[int], list[int]]]) -> str:
    assert 1 <= len(cases) <= 10**4 and sum(len(h) + len(s) for _, h, s in cases) <= MAX_SUM
    return f"{len(cases)}\n" + "".join(case(*c) for c in cases)


def small(rng: random.Random) -> tuple[int, list[int], list[int]]:
    n, m = rng.randint(1, 6), rng.randint(1, 6)
    top = rng.choice([5, 10, 30, MAX_V])
    h = [rng.randint(1, top) for _ in range(n)]
    s = [rng.randint(1, top) for _ in range(m)]
    return rng.randint(1, min(n, m)), h, s


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([(1, [1], [1])]),
        test([(1, [1], [MAX_V]), (1, [MAX_V], [1]), (1, [5, 5], [5]), (2, [5, 5], [5, 9])]),
        test([(2, [5, 6], [3, 6]), (3, [5, 6, 7], [3, 6, 8]), (2, [10, 11], [11, 13]), (2, [4, 6], [5, 3])]),
        test([(3, [1, 2, 3, 100], [100, 99, 98]), (1, [1, 2, 3, 100], [100, 99, 98]), (1, [50], [1, 100])]),
        test([(4, [10, 20, 30, 40], [10, 20, 30, 40]), (4, [10, 20, 30, 40], [40, 30, 20, 11]), (3, [7] * 5, [1, 13, 7])]),
        test([(5, list(range(100, 600, 100)), [150, 250, 350, 450, 550, 1]), (2, [MAX_V, MAX_V - 1], [1, 2])]),
    ]
    for _ in range(12):
        tests.append(test([small(rng) for _ in range(rng.randint(15, 40))]))
    for _ in range(3):
        cases = []
        for _ in range(10):
            n, m = rng.randint(100, 600), rng.randint(100, 600)
            top = rng.choice([1000, 10**6, MAX_V])
            h = [rng.randint(1, top) for _ in range(n)]
            s = [rng.randint(1, top) for _ in range(m)]
            cases.append((rng.randint(1, min(n, m)), h, s))
        tests.append(test(cases))
    # maximal: random values with k = min(n, m); clustered values with many near ties
    half = MAX_SUM // 2
    h = [rng.randint(1, MAX_V) for _ in range(half)]
    s = [rng.randint(1, MAX_V) for _ in range(MAX_SUM - half)]
    tests.append(test([(half, h, s)]))
    h = [rng.randint(1, 10**5) * 10**4 + rng.randint(0, 10) for _ in range(8000)]
    s = [x + rng.randint(-3000, 3000) for x in h] + [rng.randint(1, MAX_V) for _ in range(4000)]
    tests.append(test([(rng.randint(7000, 8000), h, [min(MAX_V, max(1, x)) for x in s])]))
    return tests
