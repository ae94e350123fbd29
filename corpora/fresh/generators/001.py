"""Private tests of fresh/001: n = 1 and n = 2 (equal and unequal), plateaus, all equal,
alternating values (peaks across the wrap-around), strictly increasing circles (the last
lantern is a peak only through the wrap), many small random circles with few distinct
values (ties), and maximal inputs at the bounds on n and a_i."""

import random

SEED = 26001
MAX_SUM_N = 2 * 10**4
MAX_A = 10**9


def case(a: list[int]) -> str:
    return f"{len(a)}\n{' '.join(map(str, a))}\n"


def test(cases: list[list[int]]) -> str:
    return f"{len(cases)}\n" + "".join(case(a) for a in cases)


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([[1]]),
        test([[5], [5, 5], [5, 6], [6, 5]]),
        test([[1, 2, 3, 4, 5], [5, 4, 3, 2, 1], [2, 1, 2, 1, 2]]),
        test([[3, 3, 1, 3, 3], [MAX_A] * 7, [1, MAX_A] * 4, [MAX_A, 1, MAX_A]]),
        test([[7, 1, 1, 7], [1, 7, 7, 1], [9, 1, 9, 1, 9, 1, 9]]),
    ]
    for _ in range(12):  # many small circles with ties: where mistakes show
        cases = []
        for _ in range(rng.randint(20, 60)):
            n = rng.randint(1, 8)
            top = rng.choice([2, 3, 10, MAX_A])
            cases.append([rng.randint(1, top) for _ in range(n)])
        tests.append(test(cases))
    for _ in range(3):  # medium circles
        cases = [[rng.randint(1, 50) for _ in range(rng.randint(50, 500))] for _ in range(20)]
        tests.append(test(cases))
    # maximal: one huge circle, a zigzag with a peak at every other lantern, many tiny cases
    tests.append(test([[rng.randint(1, MAX_A) for _ in range(MAX_SUM_N)]]))
    tests.append(test([[MAX_A - (i % 2) * rng.randint(1, 10**8) for i in range(MAX_SUM_N)]]))
    tests.append(test([[rng.randint(1, 3) for _ in range(2)] for _ in range(10**4)]))
    return tests
