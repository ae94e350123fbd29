"""Private tests of fresh/057: n = 1, flat trails, strictly rising and falling trails, a
single peak or valley (where max − min or the net gain happen to be right), zigzags, heights
at the bounds, many small random trails with equal neighbours, and maximal inputs."""

import random

SEED = 27057
MAX_H = 10**6


def test(cases: list[list[int]]) -> str:
    assert 1 <= len(cases) <= 100
    assert all(1 <= len(h) <= 50 and all(1 <= x <= MAX_H for x in h) for h in cases)
    return f"{len(cases)}\n" + "".join(f"{len(h)}\n{' '.join(map(str, h))}\n" for h in cases)


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([[1]]),
        test([[MAX_H], [5, 5], [1, MAX_H], [MAX_H, 1], [3, 4, 5], [5, 4, 3]]),
        test([[1, 5, 1], [5, 1, 5], [1, 2, 1, 2, 1, 2], [7, 7, 7, 7], [1, 3, 3, 6, 6, 10]]),
        test([list(range(1, 51)), list(range(50, 0, -1)), [1, MAX_H] * 25, [MAX_H, 1] * 25]),
        test([[10, 20, 15, 25], [3, 1, 4, 1, 5, 9, 2, 6], [2, 2, 1, 1, 2, 2]]),
    ]
    for _ in range(12):  # small random trails with equal neighbours
        cases = []
        for _ in range(rng.randint(20, 40)):
            n = rng.randint(1, 8)
            top = rng.choice([2, 3, 10, 1000, MAX_H])
            cases.append([rng.randint(1, top) for _ in range(n)])
        tests.append(test(cases))
    for _ in range(3):  # medium
        cases = [[rng.randint(1, rng.choice([5, MAX_H])) for _ in range(rng.randint(20, 50))] for _ in range(20)]
        tests.append(test(cases))
    # maximal: t = 100 trails of 50 checkpoints
    tests.append(test([[rng.randint(1, MAX_H) for _ in range(50)] for _ in range(100)]))
    tests.append(test([[rng.choice([1, MAX_H]) for _ in range(50)] for _ in range(100)]))
    tests.append(test([[rng.randint(1, MAX_H) for _ in range(rng.randint(1, 3))] for _ in range(100)]))
    return tests
