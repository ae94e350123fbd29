"""Private tests of fresh/002: n = 1 (including a single 100-percent video), all videos of 100
percent, charge running out exactly to 0 (the strict comparison matters), videos of 1 percent,
many small random cases with values that divide 100 (exact fits), random cases with waste,
and maximal inputs (t = 1000, n = 50)."""

import random

SEED = 26002


def case(a: list[int]) -> str:
    assert 1 <= len(a) <= 50 and all(1 <= x <= 100 for x in a)
    return f"{len(a)}\n{' '.join(map(str, a))}\n"


def test(cases: list[list[int]]) -> str:
    assert 1 <= len(cases) <= 1000
    return f"{len(cases)}\n" + "".join(case(a) for a in cases)


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([[1]]),
        test([[100]]),
        test([[100], [100, 100, 100], [50, 50, 50], [1] * 50]),
        test([[20, 20, 20, 20, 20, 1], [25, 25, 25, 25, 25], [99, 1, 1], [10] * 50]),
        test([[100] * 50, [60] * 50, [51] * 50, [50] * 50]),
        test([[30, 30, 40, 100, 1, 99, 50, 50], [40, 60, 40, 60], [33, 33, 33, 1, 34]]),
    ]
    for _ in range(10):  # small cases with exact fits: where the strict comparison matters
        cases = []
        for _ in range(rng.randint(20, 60)):
            n = rng.randint(1, 8)
            cases.append([rng.choice([10, 20, 25, 50, 100, 5, 1]) for _ in range(n)])
        tests.append(test(cases))
    for _ in range(6):  # small random cases
        cases = []
        for _ in range(rng.randint(20, 60)):
            n = rng.randint(1, 10)
            top = rng.choice([10, 50, 100])
            cases.append([rng.randint(1, top) for _ in range(n)])
        tests.append(test(cases))
    # maximal: t = 1000 cases with n = 50
    tests.append(test([[rng.randint(1, 100) for _ in range(50)] for _ in range(1000)]))
    tests.append(test([[rng.choice([20, 25, 50, 100]) for _ in range(50)] for _ in range(1000)]))
    return tests
