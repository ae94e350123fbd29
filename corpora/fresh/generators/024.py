"""Private tests of fresh/024: the minimal field, fields exactly 2k, 2k + 1 and 2k - 1 wide,
one side too short and the other long (a negative factor), both sides too short (two negative
factors), k much larger than the field, huge fields, many small random cases, and maximal
inputs with t = 1000 and values up to 10^9."""

import random

SEED = 26024
MAX_T = 1000
MAX_V = 10**9


def test(cases: list[tuple[int, int, int]]) -> str:
    assert 1 <= len(cases) <= MAX_T
    for c in cases:
        assert all(1 <= v <= MAX_V for v in c)
    return f"{len(cases)}\n" + "".join(f"{n} {m} {k}\n" for n, m, k in cases)


def near(rng: random.Random, k: int) -> int:
    """A side length close to 2k (never below 1)."""
    return max(1, min(MAX_V, 2 * k + rng.randint(-3, 3)))


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([(1, 1, 1)]),
        test([(1, 1, 1), (2, 2, 1), (3, 3, 1), (1, 5, 1), (5, 1, 1), (3, 1, 1)]),
        test([(4, 4, 2), (5, 5, 2), (3, 3, 2), (3, 10, 2), (10, 3, 2), (2, 7, 3)]),
        test([(1, 1, MAX_V), (MAX_V, MAX_V, MAX_V), (MAX_V, 1, 1), (MAX_V, MAX_V, MAX_V // 2)]),
        test([(MAX_V, MAX_V, 1), (MAX_V, MAX_V - 1, 1), (MAX_V, 3, 1), (999_999_999, 999_999_999, 499_999_999)]),
        test([(5, 20, 3), (20, 5, 3), (1, 2, 2), (6, 7, 4), (100, 100, 60)]),
    ]
    for _ in range(12):  # many small fields around 2k
        cases = []
        for _ in range(rng.randint(20, 80)):
            k = rng.randint(1, rng.choice([3, 10, 1000]))
            n = near(rng, k) if rng.random() < 0.7 else rng.randint(1, 6 * k)
            m = near(rng, k) if rng.random() < 0.7 else rng.randint(1, 6 * k)
            cases.append((n, m, k))
        tests.append(test(cases))
    for _ in range(3):  # random large values
        cases = []
        for _ in range(100):
            k = rng.randint(1, rng.choice([10, 10**5, MAX_V // 2]))
            cases.append((rng.randint(1, MAX_V), rng.randint(1, MAX_V), k))
        tests.append(test(cases))
    # maximal: t = 1000 with huge values, half of them impossible
    cases = []
    for i in range(MAX_T):
        k = rng.randint(1, MAX_V // 2)
        if i % 2:
            cases.append((near(rng, k), near(rng, k), k))
        else:
            cases.append((rng.randint(1, MAX_V), rng.randint(1, MAX_V), rng.randint(1, 10**6)))
    tests.append(test(cases))
    tests.append(test([(rng.randint(MAX_V - 100, MAX_V), rng.randint(MAX_V - 100, MAX_V),
                        rng.randint(1, 100)) for _ in range(MAX_T)]))
    return tests
