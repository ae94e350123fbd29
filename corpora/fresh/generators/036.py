"""Private tests of fresh/036: a single fish; all weights equal (nobody eats); strictly
decreasing and strictly increasing lines; fish that can eat the next fish only thanks to the
weight they have just gained (the chain must use the grown weight); equal weights met in the
middle of a chain; powers of two; many small random lines with small weights (ties) for the
brute force; and maximal lines (sum of n = 2·10^4) with long chains and weights up to 10^9."""

import random

SEED = 26036
MAX_SUM_N = 2 * 10**4
MAX_A = 10**9


def test(cases: list[list[int]]) -> str:
    assert 1 <= len(cases) <= 10**4
    assert sum(len(a) for a in cases) <= MAX_SUM_N
    assert all(a and all(1 <= x <= MAX_A for x in a) for a in cases)
    return f"{len(cases)}\n" + "".join(f"{len(a)}\n{' '.join(map(str, a))}\n" for a in cases)


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([[1]]),
        test([[MAX_A], [1, 1], [1, 2], [2, 1], [2, 2], [1, 1, 1, 1]]),
        test([[5, 4, 3, 2, 1], [1, 2, 3, 4, 5], [1, 2, 4, 8, 16], [1, 1, 2, 4, 8, 16]]),
        # the grown weight matters: 3 eats 1 and 1, then (weighing 5) eats 4
        test([[4, 1, 1, 3], [5, 1, 1, 3], [6, 1, 1, 3], [10, 3, 2, 1, 1, 2], [7, 2, 2, 2, 3]]),
        test([[3, 1, 2], [3, 2, 1, 2], [2, 1, 1, 2], [9, 4, 4, 1, 3], [1, 3, 1, 2, 2, 5]]),
        test([[MAX_A] * 5 + [1] * 5 + [2], [MAX_A, MAX_A - 1, 2, 1, 1, MAX_A - 2]]),
    ]
    for _ in range(13):  # small random lines with ties: the brute force checks these
        cases = []
        for _ in range(rng.randint(20, 80)):
            n = rng.randint(1, 10)
            top = rng.choice([2, 3, 5, 10, MAX_A])
            cases.append([rng.randint(1, top) for _ in range(n)])
        tests.append(test(cases))
    for _ in range(2):  # medium lines
        cases = [[rng.randint(1, rng.choice([10, 1000])) for _ in range(rng.randint(100, 300))] for _ in range(10)]
        tests.append(test(cases))
    # maximal: a decreasing staircase eaten at the end by small fish growing step by step;
    # random weights; many tiny lines
    a = [MAX_A - i for i in range(MAX_SUM_N // 2)]
    a += [1] * (MAX_SUM_N // 2 - 2) + [2, MAX_A]
    tests.append(test([a]))
    tests.append(test([[rng.randint(1, MAX_A) for _ in range(MAX_SUM_N // 4)] for _ in range(4)]))
    cases = []
    for _ in range(MAX_SUM_N // 4):
        cases.append([rng.randint(1, 4) for _ in range(4)])
    tests.append(test(cases[: 10**4]))
    return tests
