"""Private tests of fresh/058: n = 1 (receive or pay), only payments, only receipts, a deep dip
in the middle that is later recovered (final balance misleads), the lowest balance after the
last operation, values at the bounds, many small random days, and maximal inputs."""

import random

SEED = 27058
M = 10**6


def test(cases: list[list[int]]) -> str:
    assert 1 <= len(cases) <= 100
    assert all(1 <= len(a) <= 50 and all(-M <= x <= M and x != 0 for x in a) for a in cases)
    return f"{len(cases)}\n" + "".join(f"{len(a)}\n{' '.join(map(str, a))}\n" for a in cases)


def nonzero(rng: random.Random, top: int) -> int:
    v = rng.randint(1, top)
    return v if rng.random() < 0.5 else -v


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([[1]]),
        test([[-1], [M], [-M], [1, -1], [-1, 1], [2, -1], [-2, 1]]),
        test([[5, 5, 5], [-5, -5, -5], [3, -10, 20], [10, -3, -3, -3, -3], [-1, 2, -3, 4, -5, 6]]),
        test([[M] * 50, [-M] * 50, [M, -M] * 25, [-M, M] * 25, [-M] + [M] * 49]),
        test([[4, -7, 100], [1, 1, 1, -3], [1, 1, 1, -4], [-3, 3, -3, 3], [6, -2, -2, -2, -2]]),
    ]
    for _ in range(12):  # small random days
        cases = []
        for _ in range(rng.randint(20, 40)):
            n = rng.randint(1, 8)
            top = rng.choice([1, 3, 10, 1000, M])
            cases.append([nonzero(rng, top) for _ in range(n)])
        tests.append(test(cases))
    for _ in range(3):  # medium
        cases = [[nonzero(rng, rng.choice([5, M])) for _ in range(rng.randint(20, 50))] for _ in range(20)]
        tests.append(test(cases))
    # maximal: t = 100 days of 50 operations
    tests.append(test([[nonzero(rng, M) for _ in range(50)] for _ in range(100)]))
    tests.append(test([[rng.choice([-M, -M, M]) for _ in range(50)] for _ in range(100)]))
    tests.append(test([[nonzero(rng, M) for _ in range(rng.randint(1, 3))] for _ in range(100)]))
    return tests
