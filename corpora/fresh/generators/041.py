"""Private tests of fresh/041: one child, an empty group (n = 0 or m = 0), groups that fill
their tents exactly, groups one child over a multiple of k, k = 1, k larger than both groups,
cases where sharing would save a tent, many small random cases, and maximal values."""

import random

SEED = 27041
MAX = 10**9


def test(cases: list[tuple[int, int, int]]) -> str:
    assert 1 <= len(cases) <= 1000
    assert all(0 <= n <= MAX and 0 <= m <= MAX and n + m >= 1 and 1 <= k <= MAX for n, m, k in cases)
    return f"{len(cases)}\n" + "".join(f"{n} {m} {k}\n" for n, m, k in cases)


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([(1, 0, 1)]),
        test([(0, 1, 1)]),
        test([(0, 5, 5), (5, 0, 5), (0, 6, 5), (6, 0, 5), (0, 1, MAX), (3, 0, 1)]),
        test([(4, 4, 4), (8, 12, 4), (5, 3, 4), (3, 5, 4), (1, 1, 2), (2, 2, 3), (7, 7, 7)]),
        test([(1, 1, 1), (2, 3, 1), (10, 0, 1), (MAX, MAX, 1), (MAX, 0, 1)]),
        test([(MAX, MAX, MAX), (MAX, MAX - 1, MAX), (MAX - 1, MAX - 1, MAX), (MAX, 1, MAX), (1, 1, MAX)]),
        test([(MAX, MAX - 1, 2), (MAX - 1, MAX, 3), (MAX, MAX, 7), (123456789, 987654321, 1000)]),
    ]
    for _ in range(10):  # many small cases
        cases = []
        for _ in range(rng.randint(30, 120)):
            k = rng.randint(1, 8)
            n = rng.randint(0, 25)
            m = rng.randint(0, 25) if n > 0 else rng.randint(1, 25)
            cases.append((n, m, k))
        tests.append(test(cases))
    for _ in range(4):  # multiples of k and one away from them
        cases = []
        for _ in range(rng.randint(30, 120)):
            k = rng.randint(1, 10**6)
            n = max(0, k * rng.randint(0, 1000) + rng.choice([-1, 0, 0, 1]))
            m = max(0, k * rng.randint(0, 1000) + rng.choice([-1, 0, 0, 1]))
            if n + m == 0:
                n = 1
            cases.append((n, m, k))
        tests.append(test(cases))
    # maximal: t = 1000 with large values
    tests.append(test([(rng.randint(0, MAX), rng.randint(1, MAX), rng.randint(1, MAX)) for _ in range(1000)]))
    tests.append(test([(rng.randint(1, MAX), rng.randint(0, MAX), rng.randint(1, 100)) for _ in range(1000)]))
    return tests
