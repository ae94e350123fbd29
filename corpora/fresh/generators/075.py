"""Private tests of fresh/075: the minimal case, every pattern of three times over the values
1..3 (all orders, pairs of equal times, all equal), many small random cases with few distinct
values (ties), large times, and a maximal input with t = 1000."""

import random
from itertools import product

SEED = 27075
MAX_T = 1000
MAX_A = 10**9


def test(cases: list[tuple[int, int, int]]) -> str:
    assert 1 <= len(cases) <= MAX_T
    assert all(len(c) == 3 and all(1 <= x <= MAX_A for x in c) for c in cases)
    return f"{len(cases)}\n" + "".join(f"{a} {b} {c}\n" for a, b, c in cases)


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([(1, 1, 1)]),
        test(list(product(range(1, 4), repeat=3))),
        test([(2, 1, 1), (1, 2, 2), (2, 2, 1), (1, 1, 2), (2, 1, 2), (1, 2, 1)]),
        test([(MAX_A, MAX_A, MAX_A), (MAX_A, 1, MAX_A), (1, MAX_A, 1), (MAX_A, MAX_A - 1, MAX_A)]),
        test([(3, 2, 1), (3, 1, 2), (2, 3, 1), (2, 1, 3), (1, 3, 2), (1, 2, 3)]),
    ]
    for _ in range(12):  # small random cases with ties
        cases = []
        for _ in range(rng.randint(10, 40)):
            top = rng.choice([2, 3, 5, 100])
            cases.append(tuple(rng.randint(1, top) for _ in range(3)))
        tests.append(test(cases))
    for _ in range(3):  # large times, sometimes equal
        cases = []
        for _ in range(rng.randint(50, 200)):
            base = [rng.randint(1, MAX_A) for _ in range(3)]
            if rng.random() < 0.3:
                i, j = rng.sample(range(3), 2)
                base[i] = base[j]
            cases.append(tuple(base))
        tests.append(test(cases))
    tests.append(test([tuple(rng.randint(MAX_A - 10, MAX_A) for _ in range(3)) for _ in range(MAX_T)]))
    tests.append(test([tuple(rng.randint(1, MAX_A) for _ in range(3)) for _ in range(MAX_T)]))
    return tests
