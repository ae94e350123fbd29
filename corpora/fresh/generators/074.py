"""Private tests of fresh/074: 1 x 1, one row or one column, squares and nearly square sheets, every
sheet with n, m <= 12, many random sheets, and maximal inputs (100 x 100)."""

import random

SEED = 27074


def test(cases: list[tuple[int, int]]) -> str:
    assert 1 <= len(cases) <= 100
    assert all(1 <= n <= 100 and 1 <= m <= 100 for n, m in cases)
    return f"{len(cases)}\n" + "".join(f"{n} {m}\n" for n, m in cases)


def generate(rng: random.Random) -> list[str]:
    tests = [test([(1, 1)]), test([(1, 2), (2, 1), (1, 100), (100, 1), (2, 2), (3, 2), (2, 100)])]
    pairs = [(n, m) for n in range(1, 13) for m in range(1, 13)]
    tests.append(test(pairs[:72]))
    tests.append(test(pairs[72:]))
    tests.append(test([(100, 100), (99, 100), (100, 99), (1, 1), (50, 100), (100, 50), (100, 2)]))
    for _ in range(14):  # random sheets
        hi = rng.choice([5, 20, 100])
        tests.append(test([(rng.randint(1, hi), rng.randint(1, hi)) for _ in range(rng.randint(10, 40))]))
    tests.append(test([(100, 100)] * 100))
    tests.append(test([(rng.randint(90, 100), rng.randint(1, 100)) for _ in range(100)]))
    return tests
