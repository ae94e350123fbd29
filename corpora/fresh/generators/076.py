"""Private tests of fresh/076: the minimal case, m just below, equal to and just above k, equal
costs of the two plans, a fee larger than anything the first plan costs, many small random
cases (where the minute-by-minute simulation checks), and maximal inputs at the bounds."""

import random

SEED = 27076
MAX_T = 1000


def check(c: tuple[int, int, int, int, int]) -> None:
    m, p, f, k, q = c
    assert 1 <= m <= 1000 and 1 <= p <= 1000 and 1 <= f <= 10**6
    assert 1 <= k <= 1000 and 1 <= q <= 1000


def test(cases: list[tuple[int, int, int, int, int]]) -> str:
    assert 1 <= len(cases) <= MAX_T
    for c in cases:
        check(c)
    return f"{len(cases)}\n" + "".join(" ".join(map(str, c)) + "\n" for c in cases)


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([(1, 1, 1, 1, 1)]),
        test([(9, 3, 20, 10, 5), (10, 3, 20, 10, 5), (11, 3, 20, 10, 5), (12, 3, 20, 10, 5)]),
        test([(5, 2, 10, 5, 7), (6, 2, 10, 5, 2), (7, 2, 10, 5, 2), (1, 1, 1, 1000, 1000)]),
        test([(1000, 1000, 10**6, 1, 1000), (1000, 1000, 1, 1000, 1000), (1000, 1, 10**6, 1000, 1),
              (1000, 1000, 10**6, 1000, 1000), (999, 1000, 10**6, 1000, 1), (1, 1000, 10**6, 1, 1)]),
        test([(3, 10, 5, 1, 100), (3, 10, 5, 2, 100), (3, 10, 5, 3, 100), (50, 2, 40, 30, 3)]),
    ]
    for _ in range(12):  # small random cases around m = k
        cases = []
        for _ in range(rng.randint(20, 60)):
            k = rng.randint(1, 30)
            m = max(1, min(1000, k + rng.randint(-5, 5)))
            p = rng.randint(1, 20)
            q = rng.randint(1, 20)
            f = rng.randint(1, 300)
            cases.append((m, p, f, k, q))
        tests.append(test(cases))
    for _ in range(3):  # random over the whole range
        cases = []
        for _ in range(rng.randint(100, 300)):
            cases.append((rng.randint(1, 1000), rng.randint(1, 1000), rng.randint(1, 10**6),
                          rng.randint(1, 1000), rng.randint(1, 1000)))
        tests.append(test(cases))
    tests.append(test([(rng.randint(900, 1000), rng.randint(1, 1000), rng.randint(1, 10**6),
                        rng.randint(1, 1000), rng.randint(1, 1000)) for _ in range(MAX_T)]))
    tests.append(test([(1000, 1000, 10**6, 1000, 1000)] * MAX_T))
    return tests
