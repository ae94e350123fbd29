"""Private tests of fresh/044: single planks, equal segments, nested segments, segments that
share one plank, adjacent segments (no gap, no overlap), segments with a gap of one plank,
many small random cases, and maximal values."""

import random

SEED = 27044
MAX = 10**9


def test(cases: list[tuple[int, int, int, int]]) -> str:
    assert 1 <= len(cases) <= 1000
    assert all(1 <= l1 <= r1 <= MAX and 1 <= l2 <= r2 <= MAX for l1, r1, l2, r2 in cases)
    return f"{len(cases)}\n" + "".join(f"{l1} {r1} {l2} {r2}\n" for l1, r1, l2, r2 in cases)


def seg(rng: random.Random, top: int) -> tuple[int, int]:
    a, b = rng.randint(1, top), rng.randint(1, top)
    return min(a, b), max(a, b)


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([(1, 1, 1, 1)]),
        test([(1, 1, 2, 2)]),
        test([(1, 1, 3, 3), (3, 3, 1, 1), (5, 5, 5, 9), (5, 9, 9, 9), (2, 8, 4, 4), (4, 4, 2, 8)]),
        test([(1, 5, 5, 10), (5, 10, 1, 5), (1, 5, 6, 10), (6, 10, 1, 5), (1, 5, 7, 10), (7, 10, 1, 5)]),
        test([(3, 9, 3, 9), (3, 9, 1, 12), (1, 12, 3, 9), (3, 9, 3, 12), (1, 9, 3, 9), (2, 3, 3, 4)]),
        test([(1, MAX, 1, MAX), (1, MAX, MAX, MAX), (1, 1, MAX, MAX), (1, MAX // 2, MAX // 2 + 1, MAX),
              (1, MAX // 2, MAX // 2 + 2, MAX), (MAX, MAX, MAX, MAX)]),
    ]
    for _ in range(10):  # many small cases
        cases = []
        for _ in range(rng.randint(30, 150)):
            l1, r1 = seg(rng, 15)
            l2, r2 = seg(rng, 15)
            cases.append((l1, r1, l2, r2))
        tests.append(test(cases))
    for _ in range(4):  # touching, adjacent and nearly adjacent segments with large values
        cases = []
        for _ in range(rng.randint(30, 150)):
            l1, r1 = seg(rng, MAX // 2)
            gap = rng.choice([-2, -1, 0, 1, 2])
            l2 = max(1, r1 + gap)
            r2 = rng.randint(l2, MAX)
            cases.append((l1, r1, l2, r2) if rng.random() < 0.5 else (l2, r2, l1, r1))
        tests.append(test(cases))
    # maximal: t = 1000 with large values
    tests.append(test([seg(rng, MAX) + seg(rng, MAX) for _ in range(1000)]))
    tests.append(test([seg(rng, MAX) + seg(rng, 1000) for _ in range(1000)]))
    return tests
