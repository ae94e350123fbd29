"""Private tests of fresh/012: n = k = 1, k = 1, n < k with n below and above k/2 (the
at-least-one-row rule), n = k, remainders exactly k/2 (ties), n just below and above a
multiple, many small random pairs, huge values, and maximal inputs (t = 10^4)."""

import random

SEED = 26012
MAX = 10**9


def test(cases: list[tuple[int, int]]) -> str:
    assert 1 <= len(cases) <= 10**4
    assert all(1 <= n <= MAX and 1 <= k <= MAX for n, k in cases)
    return f"{len(cases)}\n" + "".join(f"{n} {k}\n" for n, k in cases)


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([(1, 1)]),
        test([(1, 2)]),
        test([(1, MAX)]),
        test([(2, 10), (4, 10), (5, 10), (6, 10), (9, 10), (10, 10), (11, 10)]),
        test([(MAX, 1), (MAX, MAX), (MAX - 1, MAX), (1, MAX), (MAX // 2, MAX), (MAX, 2), (MAX, 7)]),
        test([(6, 4), (2, 4), (3, 4), (14, 4), (15, 4), (13, 4), (8, 4)]),
        test([(k * q + d, k) for k in (3, 6, 100) for q in (0, 1, 2) for d in (1, 2, k // 2) if k * q + d >= 1]),
    ]
    for _ in range(10):  # many small pairs: n < k is frequent
        cases = [(rng.randint(1, 30), rng.randint(1, 30)) for _ in range(rng.randint(50, 200))]
        tests.append(test(cases))
    for _ in range(5):  # mixed magnitudes
        cases = []
        for _ in range(rng.randint(50, 200)):
            k = rng.choice([rng.randint(1, 10), rng.randint(1, 10**5), rng.randint(1, MAX)])
            n = rng.choice([rng.randint(1, MAX), rng.randint(1, 2 * k) if 2 * k <= MAX else rng.randint(1, MAX)])
            cases.append((n, k))
        tests.append(test(cases))
    # maximal: t = 10^4 with large values
    tests.append(test([(rng.randint(1, MAX), rng.randint(1, MAX)) for _ in range(10**4)]))
    tests.append(test([(rng.randint(MAX // 2, MAX), rng.randint(1, 10**6)) for _ in range(10**4)]))
    return tests
