"""Private tests of fresh/060: n = 1 (good or not), no good days, all days good, days with
exactly k problems, the longest streak at the start, in the middle and at the end, k = 1 with
zeros, k = 100, many small random diaries (where the brute force checks), and maximal inputs."""

import random

SEED = 27060


def test(cases: list[tuple[int, list[int]]]) -> str:
    assert 1 <= len(cases) <= 100
    for k, a in cases:
        assert 1 <= len(a) <= 100 and 1 <= k <= 100 and all(0 <= x <= 100 for x in a)
    return f"{len(cases)}\n" + "".join(f"{len(a)} {k}\n{' '.join(map(str, a))}\n" for k, a in cases)


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([(1, [0])]),
        test([(1, [1]), (100, [100]), (100, [99]), (5, [5, 5]), (5, [4, 6]), (5, [6, 4])]),
        test([(3, [3, 3, 0, 3]), (3, [0, 3, 3, 3]), (3, [3, 0, 3, 3, 3, 3]), (2, [1, 2, 2, 1, 2, 2, 2, 1])]),
        test([(1, [0] * 100), (1, [100] * 100), (100, [100] * 100), (100, [99, 100] * 50), (50, [50, 50, 49] * 33)]),
        test([(4, [5, 5, 5, 1, 5, 5]), (4, [5, 1, 5, 5, 5]), (7, [7, 8, 6, 7, 7, 7, 6])]),
    ]
    for _ in range(12):  # small random diaries: brute force checks these
        cases = []
        for _ in range(rng.randint(20, 40)):
            n = rng.randint(1, 10)
            k = rng.randint(1, 6)
            cases.append((k, [rng.randint(0, 2 * k) for _ in range(n)]))
        tests.append(test(cases))
    for _ in range(3):  # medium
        cases = []
        for _ in range(20):
            k = rng.randint(1, 100)
            p = rng.random()
            a = [rng.randint(k, 100) if rng.random() < p else rng.randint(0, k - 1) for _ in range(rng.randint(30, 100))]
            cases.append((k, a))
        tests.append(test(cases))
    # maximal: t = 100 diaries of 100 days
    tests.append(test([(rng.randint(1, 100), [rng.randint(0, 100) for _ in range(100)]) for _ in range(100)]))
    tests.append(test([(50, [rng.choice([49, 50, 50, 50, 51]) for _ in range(100)]) for _ in range(100)]))
    tests.append(test([(rng.randint(1, 3), [rng.randint(0, 4) for _ in range(rng.randint(1, 3))]) for _ in range(100)]))
    return tests
