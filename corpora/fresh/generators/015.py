"""Private tests of fresh/015: n = 1, all times equal, times exactly 2m (strict vs non-strict)
and 2m + 1 (rounding down the half), the winner not first, many small random cases with
times clustered around twice the minimum, and maximal inputs (t = 200, n = 100, a_i up to 10^9)."""

import random

SEED = 26015
MAX_T = 200
MAX_N = 100
MAX_A = 10**9


def case(a: list[int]) -> str:
    assert 1 <= len(a) <= MAX_N and all(1 <= x <= MAX_A for x in a)
    return f"{len(a)}\n{' '.join(map(str, a))}\n"


def test(cases: list[list[int]]) -> str:
    assert 1 <= len(cases) <= MAX_T
    return f"{len(cases)}\n" + "".join(case(a) for a in cases)


def clustered(rng: random.Random, n: int, top: int) -> list[int]:
    m = rng.randint(1, top)
    a = [m]
    for _ in range(n - 1):
        a.append(min(MAX_A, max(m, 2 * m + rng.randint(-2, 2)) if rng.random() < 0.5
                     else rng.randint(m, min(MAX_A, 3 * m + 1))))
    rng.shuffle(a)
    return a


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([[1]]),
        test([[1], [MAX_A], [2, 1], [1, 2], [1, 3], [3, 1]]),
        test([[5, 10], [10, 5], [5, 11], [7, 14, 15, 13], [4, 4, 4, 4, 4]]),
        test([[MAX_A // 2, MAX_A], [MAX_A // 2 + 1, MAX_A, MAX_A], [MAX_A] * 100]),
        test([[100, 201, 200, 199, 50], [9, 3, 7, 6, 8], [6, 1, 2, 3]]),
        test([[2 * 500_000_000, 500_000_000, 999_999_999, 1_000_000_000 - 1]]),
        test([[x for x in range(100, 0, -1)], [x for x in range(1, 101)]]),
    ]
    for _ in range(12):  # many small cases with times around 2m
        cases = []
        for _ in range(rng.randint(20, 60)):
            n = rng.randint(1, 8)
            cases.append(clustered(rng, n, rng.choice([3, 10, 1000, MAX_A // 3])))
        tests.append(test(cases))
    for _ in range(3):  # medium random cases
        cases = [[rng.randint(1, rng.choice([10, 100, MAX_A])) for _ in range(rng.randint(10, 100))]
                 for _ in range(50)]
        tests.append(test(cases))
    # maximal: t = 200, n = 100 with large values; and clustered large values
    tests.append(test([[rng.randint(1, MAX_A) for _ in range(MAX_N)] for _ in range(MAX_T)]))
    tests.append(test([clustered(rng, MAX_N, MAX_A // 2) for _ in range(MAX_T)]))
    return tests
