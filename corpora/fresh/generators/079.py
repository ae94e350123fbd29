"""Private tests of fresh/079: everything at one point, house and school at the same place, the
house to the left and to the right of the school, bakeries on the way, on both sides, all on one
side, the nearest bakery to the house in the wrong direction, only the third bakery on the way,
many small random cases, and maximal inputs at the bounds."""

import random

SEED = 27079
MAX_T = 1000
MAX_C = 10**6


def test(cases: list[tuple[int, int, int, int, int]]) -> str:
    assert 1 <= len(cases) <= MAX_T
    assert all(len(c) == 5 and all(0 <= v <= MAX_C for v in c) for c in cases)
    return f"{len(cases)}\n" + "".join(" ".join(map(str, c)) + "\n" for c in cases)


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([(0, 0, 0, 0, 0)]),
        test([(5, 5, 5, 5, 5), (5, 5, 0, 0, 0), (0, 0, MAX_C, MAX_C, MAX_C), (3, 7, 7, 7, 7), (7, 3, 3, 3, 3)]),
        test([(10, 20, 30, 40, 15), (20, 10, 30, 40, 15), (10, 20, 0, 1, 25), (20, 10, 0, 1, 25)]),
        test([(10, 20, 9, 40, 50), (20, 10, 21, 0, 1), (10, 20, 30, 100, 11), (50, 60, 49, 100, 55)]),
        test([(0, MAX_C, MAX_C, MAX_C, MAX_C), (MAX_C, 0, 0, 0, 0), (MAX_C, MAX_C, 0, 0, 0), (0, 0, MAX_C, 1, MAX_C)]),
        test([(5, 8, 1, 2, 3), (8, 5, 1, 2, 3), (5, 8, 10, 11, 12), (8, 5, 10, 11, 12), (5, 8, 4, 9, 100)]),
    ]
    for _ in range(12):  # small random cases
        cases = []
        for _ in range(rng.randint(20, 60)):
            top = rng.choice([3, 10, 50])
            cases.append(tuple(rng.randint(0, top) for _ in range(5)))
        tests.append(test(cases))
    for _ in range(3):  # random over the whole range
        cases = [tuple(rng.randint(0, MAX_C) for _ in range(5)) for _ in range(rng.randint(100, 400))]
        tests.append(test(cases))
    tests.append(test([tuple(rng.randint(0, MAX_C) for _ in range(5)) for _ in range(MAX_T)]))
    cases = []
    for _ in range(MAX_T):  # all bakeries outside the way, on random sides
        lo = rng.randint(300000, 500000)
        hi = rng.randint(500000, 700000)
        x, y = (lo, hi) if rng.random() < 0.5 else (hi, lo)
        b = [rng.randint(0, lo - 1) if rng.random() < 0.5 else rng.randint(hi + 1, MAX_C) for _ in range(3)]
        cases.append((x, y, *b))
    tests.append(test(cases))
    return tests
