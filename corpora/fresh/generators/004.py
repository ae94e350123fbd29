"""Private tests of fresh/004: a single bag (odd and even), two bags of every parity mix,
all bags odd (odd and even count: Bob must take two odd bags), all bags even, many small
random cases with every parity pattern, large values up to 10^9, and maximal inputs
(t = 1000, n = 20)."""

import random

SEED = 26004
MAX_A = 10**9


def case(a: list[int]) -> str:
    assert 1 <= len(a) <= 20 and all(1 <= x <= MAX_A for x in a)
    return f"{len(a)}\n{' '.join(map(str, a))}\n"


def test(cases: list[list[int]]) -> str:
    assert 1 <= len(cases) <= 1000
    return f"{len(cases)}\n" + "".join(case(a) for a in cases)


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([[1]]),
        test([[7], [8], [MAX_A - 1], [MAX_A]]),
        test([[1, 1], [1, 2], [2, 1], [2, 2]]),
        test([[3, 5, 7], [1, 1, 1, 1], [9, 9, 9, 9, 9], [MAX_A - 1] * 20, [MAX_A] * 19]),
        test([[2, 4, 6], [1, 2, 3, 4], [5, 10, 15], [MAX_A, MAX_A, MAX_A]]),
    ]
    for _ in range(10):  # small cases with every parity pattern
        cases = []
        for _ in range(rng.randint(20, 60)):
            n = rng.randint(1, 6)
            mode = rng.randint(0, 2)
            if mode == 0:
                cases.append([2 * rng.randint(0, 49) + 1 for _ in range(n)])  # all odd
            elif mode == 1:
                cases.append([2 * rng.randint(1, 50) for _ in range(n)])  # all even
            else:
                cases.append([rng.randint(1, 100) for _ in range(n)])
        tests.append(test(cases))
    for _ in range(6):  # random cases with big values
        cases = [[rng.randint(1, MAX_A) for _ in range(rng.randint(1, 20))] for _ in range(rng.randint(20, 100))]
        tests.append(test(cases))
    # maximal: t = 1000 cases with n = 20
    tests.append(test([[rng.randint(1, MAX_A) for _ in range(20)] for _ in range(1000)]))
    tests.append(test([[2 * rng.randint(0, MAX_A // 2 - 1) + 1 for _ in range(rng.choice([19, 20]))] for _ in range(1000)]))
    return tests
