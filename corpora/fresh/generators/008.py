"""Private tests of fresh/008: n = 1, d = 0, B = 0, shops exactly d apart (strict and non-strict
distance differ), an expensive shop leaving the group (a stale maximum overestimates), ties for
the highest price, many small random streets (checked by the brute force), and maximal inputs
where long groups fit (too slow for trying every first shop)."""

import random

SEED = 26008
MAX_SUM_N = 15000
MAX_X = 10**9
MAX_C = 10**4


def case(d: int, budget: int, x: list[int], c: list[int]) -> str:
    n = len(x)
    assert n == len(c) >= 1 and 0 <= d <= 10**9 and 0 <= budget <= 10**9
    assert all(1 <= v <= MAX_X for v in x) and all(x[i] < x[i + 1] for i in range(n - 1))
    assert all(1 <= v <= MAX_C for v in c)
    return f"{n} {d} {budget}\n{' '.join(map(str, x))}\n{' '.join(map(str, c))}\n"


def test(cases: list[str]) -> str:
    assert 1 <= len(cases) <= 10**4
    return f"{len(cases)}\n" + "".join(cases)


def positions(rng: random.Random, n: int, gap: int, start: int = 1) -> list[int]:
    x = [start]
    for _ in range(n - 1):
        x.append(x[-1] + rng.randint(1, gap))
    return x


def random_case(rng: random.Random, n: int, gap: int, cmax: int) -> str:
    x = positions(rng, n, gap, rng.randint(1, 100))
    c = [rng.randint(1, cmax) for _ in range(n)]
    span = x[-1] - x[0]
    d = rng.randint(0, max(0, span))
    budget = rng.randint(0, cmax * n // 2)
    return case(d, budget, x, c)


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([case(0, 0, [1], [1])]),
        test([case(0, 0, [1, 2], [5, 5]), case(1, 0, [1, 2], [5, 5]), case(1, 4, [1, 2, 3], [5, 5, 5]),
              case(2, 5, [1, 2, 3], [5, 5, 5]), case(MAX_X, 10**9, [1, MAX_X], [MAX_C, MAX_C])]),
        # distances exactly d
        test([case(5, 100, [1, 6, 11, 16], [1, 1, 1, 1]), case(3, 100, [2, 5, 8, 9, 12], [2, 2, 2, 2, 2]),
              case(4, 100, [1, 3, 5, 7, 9], [1, 2, 3, 4, 5])]),
        # a very expensive shop that must leave the group
        test([case(100, 3, [1, 2, 3, 4, 5, 6], [50, 1, 1, 1, 2, 2]),
              case(100, 4, [1, 2, 3, 4, 5, 6, 7], [9, 9, 1, 1, 1, 3, 1]),
              case(100, 5, list(range(1, 11)), [MAX_C, 1, 1, MAX_C, 1, 1, 2, 2, 2, 1])]),
    ]
    for _ in range(14):  # small random streets: checked by the brute force
        cases = [random_case(rng, rng.randint(1, 10), rng.choice([1, 3, 10]), rng.choice([3, 10, 50]))
                 for _ in range(rng.randint(10, 25))]
        tests.append(test(cases))
    for _ in range(3):  # medium
        cases = []
        for _ in range(20):
            n = rng.randint(100, 500)
            x = positions(rng, n, rng.choice([10, 1000]))
            c = [rng.choice([rng.randint(1, 20), rng.randint(1, MAX_C)]) for _ in range(n)]
            d = rng.randint((x[-1] - x[0]) // 20, x[-1] - x[0])
            cases.append(case(d, rng.randint(0, sum(c) // 3), x, c))
        tests.append(test(cases))
    n = MAX_SUM_N
    # maximal: everything fits (answer n), and a large street with real limits
    x = positions(rng, n, 60000)
    tests.append(test([case(10**9, 10**9, x, [rng.randint(1, MAX_C) for _ in range(n)])]))
    x = positions(rng, n, 60000)
    c = [rng.randint(1, 100) if rng.random() < 0.99 else MAX_C for _ in range(n)]
    tests.append(test([case((x[-1] - x[0]) // 2, 200000, x, c)]))
    tests.append(test([random_case(rng, 15, 5, 20) for _ in range(1000)]))
    return tests
