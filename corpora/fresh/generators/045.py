"""Private tests of fresh/045: a single visit to floor 1 or 2, repeated floors, only going down
after the first climb, zig-zags between low floors, climbs that start high, many small random
tests, and maximal values (answers near 5·10^17 per climb)."""

import random

SEED = 27045
MAX = 10**9


def test(cases: list[list[int]]) -> str:
    assert 1 <= len(cases) <= 1000
    assert sum(len(f) for f in cases) <= 3000
    assert all(1 <= len(f) <= 100 and all(1 <= x <= MAX for x in f) for f in cases)
    return f"{len(cases)}\n" + "".join(f"{len(f)}\n{' '.join(map(str, f))}\n" for f in cases)


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([[1]]),
        test([[2]]),
        test([[1], [2], [3], [1, 1, 1], [2, 2], [1, 2, 1, 2]]),
        test([[10, 9, 5, 1], [5, 4, 3, 2, 1], [3, 3, 3], [1, 10], [10, 1, 10]]),
        test([[100, 101], [100, 102], [100, 99, 100], [50, 60, 70, 80], [1000, 1, 1000]]),
        test([[MAX], [MAX, MAX], [MAX, 1, MAX], [1, MAX], [MAX - 1, MAX], [MAX, MAX - 1, MAX]]),
    ]
    for _ in range(10):  # many small tests
        cases = []
        for _ in range(rng.randint(10, 60)):
            n = rng.randint(1, 8)
            cases.append([rng.randint(1, rng.choice([2, 5, 20])) for _ in range(n)])
        tests.append(test(cases))
    for _ in range(4):  # mixed magnitudes
        cases = []
        for _ in range(rng.randint(10, 30)):
            n = rng.randint(1, 100)
            top = rng.choice([100, 10**5, MAX])
            cases.append([rng.randint(1, top) for _ in range(n)])
        tests.append(test(cases))
    # maximal: sum of n = 3000 with large floors
    tests.append(test([[rng.randint(1, MAX) for _ in range(100)] for _ in range(30)]))
    tests.append(test([[MAX if i % 2 == 0 else rng.randint(1, 10) for i in range(100)] for _ in range(30)]))
    tests.append(test([[rng.randint(1, MAX) for _ in range(3)] for _ in range(1000)]))
    return tests
