"""Private tests of fresh/046: l = r = k = 1, watches starting or ending exactly on a flash,
one second before or after a flash, k larger than r, k = 1, watches shorter than k with and
without a flash, many small random cases, and values near 10^18."""

import random

SEED = 27046
MAX = 10**18


def test(cases: list[tuple[int, int, int]]) -> str:
    assert 1 <= len(cases) <= 1000
    assert all(1 <= l <= r <= MAX and 1 <= k <= MAX for l, r, k in cases)
    return f"{len(cases)}\n" + "".join(f"{l} {r} {k}\n" for l, r, k in cases)


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([(1, 1, 1)]),
        test([(1, 1, 2)]),
        test([(5, 5, 5), (4, 4, 5), (6, 6, 5), (5, 9, 5), (1, 5, 5), (6, 10, 5), (6, 9, 5), (4, 11, 5)]),
        test([(3, 8, 10), (8, 12, 10), (1, 9, 10), (10, 19, 10), (11, 20, 10), (11, 19, 10), (9, 21, 10)]),
        test([(1, MAX, 1), (1, MAX, MAX), (1, MAX - 1, MAX), (MAX, MAX, MAX), (MAX, MAX, 2), (MAX - 1, MAX - 1, 2),
              (1, MAX, 2), (2, MAX, 3)]),
        test([(10**17 + 1, 10**18 - 1, 10**17), (10**17, 10**18, 10**17), (999999999999999989, MAX, 999999999999999989),
              (123456789012345678, 987654321098765432, 1000000007)]),
    ]
    for _ in range(10):  # many small cases
        cases = []
        for _ in range(rng.randint(30, 150)):
            a, b = rng.randint(1, 40), rng.randint(1, 40)
            cases.append((min(a, b), max(a, b), rng.randint(1, 12)))
        tests.append(test(cases))
    for _ in range(4):  # ends on, just before and just after flashes, large values
        cases = []
        for _ in range(rng.randint(30, 150)):
            k = rng.choice([rng.randint(1, 100), rng.randint(1, 10**9), rng.randint(1, 10**17)])
            l = max(1, k * rng.randint(1, 5) + rng.choice([-1, 0, 1]))
            r = min(MAX, max(l, k * rng.randint(1, 9) + rng.choice([-1, 0, 1])))
            cases.append((l, r, k))
        tests.append(test(cases))
    # maximal: t = 1000 with values up to 10^18
    cases = []
    for _ in range(1000):
        a, b = rng.randint(1, MAX), rng.randint(1, MAX)
        cases.append((min(a, b), max(a, b), rng.randint(1, rng.choice([10, 10**9, MAX]))))
    tests.append(test(cases))
    return tests
