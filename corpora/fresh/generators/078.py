"""Private tests of fresh/078: a single tower, equal towers, two towers of different parity,
one odd tower among even ones (anywhere in the row), towers of height 1, many small random
cases with all parities equal or mixed, and maximal inputs at the bounds."""

import random

SEED = 27078
MAX_T = 200
MAX_N = 50
MAX_A = 100


def test(cases: list[list[int]]) -> str:
    assert 1 <= len(cases) <= MAX_T
    assert all(1 <= len(a) <= MAX_N and all(1 <= x <= MAX_A for x in a) for a in cases)
    return f"{len(cases)}\n" + "".join(f"{len(a)}\n{' '.join(map(str, a))}\n" for a in cases)


def same_parity(rng: random.Random, n: int, top: int) -> list[int]:
    par = rng.randint(0, 1)
    vals = [v for v in range(1, top + 1) if v % 2 == par] or [2]
    return [rng.choice(vals) for _ in range(n)]


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([[1]]),
        test([[1], [100], [7, 7], [1, 2], [2, 1], [1, 3], [3, 1], [1, 100], [100, 100]]),
        test([[2, 4, 6, 8, 9], [9, 2, 4, 6, 8], [2, 4, 9, 6, 8], [1, 1, 1, 2], [2, 1, 1, 1]]),
        test([[1] * MAX_N, [MAX_A] * MAX_N, [1, 99] * 25, [2, 100] * 25, [1] * 49 + [100]]),
        test([[5, 3, 7], [3, 5, 7], [4, 6, 5], [99, 1, 51], [100, 2, 50, 4]]),
    ]
    for _ in range(12):  # small random cases
        cases = []
        for _ in range(rng.randint(15, 40)):
            n = rng.randint(1, 6)
            top = rng.choice([4, 10, MAX_A])
            if rng.random() < 0.6:
                a = same_parity(rng, n, top)
            else:
                a = [rng.randint(1, top) for _ in range(n)]
            cases.append(a)
        tests.append(test(cases))
    for _ in range(3):  # medium
        cases = []
        for _ in range(50):
            n = rng.randint(10, MAX_N)
            a = same_parity(rng, n, MAX_A)
            if rng.random() < 0.3:
                i = rng.randrange(n)
                a[i] = a[i] + 1 if a[i] < MAX_A else a[i] - 1
            cases.append(a)
        tests.append(test(cases))
    tests.append(test([same_parity(rng, MAX_N, MAX_A) for _ in range(MAX_T)]))
    tests.append(test([[rng.randint(1, MAX_A) for _ in range(MAX_N)] if k % 2 else
                       same_parity(rng, MAX_N, MAX_A) for k in range(MAX_T)]))
    return tests
