"""Private tests of fresh/071: no sticks at all, only short or only long sticks, one stick short of
the next frame, an odd number of short sticks, every pair with a, b <= 20, many random cases, and
maximal values."""

import random

SEED = 27071
M = 10**9


def test(cases: list[tuple[int, int]]) -> str:
    assert 1 <= len(cases) <= 1000
    assert all(0 <= a <= M and 0 <= b <= M for a, b in cases)
    return f"{len(cases)}\n" + "".join(f"{a} {b}\n" for a, b in cases)


def generate(rng: random.Random) -> list[str]:
    tests = [test([(0, 0)]), test([(0, 3), (0, 4), (7, 0), (8, 0), (1, 3), (2, 3), (3, 0), (9, 0)])]
    grid = [(a, b) for a in range(21) for b in range(21)]
    tests.append(test(grid[:220]))
    tests.append(test(grid[220:]))
    tests.append(test([(M, M), (M, 0), (0, M), (M - 1, 0), (0, M - 1), (1, M), (M, 1), (M - 1, M - 1)]))
    tests.append(test([(2 * k + 1, 4 * j + 3) for k in range(10) for j in range(10)]))
    for _ in range(12):  # small random cases
        hi = rng.choice([10, 30, 100])
        tests.append(test([(rng.randint(0, hi), rng.randint(0, hi)) for _ in range(rng.randint(20, 80))]))
    for _ in range(3):  # random cases over the whole range
        tests.append(test([(rng.randint(0, M), rng.randint(0, M)) for _ in range(rng.randint(50, 200))]))
    tests.append(test([(rng.randint(0, M), rng.randint(0, M)) for _ in range(1000)]))
    tests.append(test([(rng.randint(M - 100, M), rng.randint(0, 100)) for _ in range(1000)]))
    return tests
