"""Private tests of fresh/056: n = 1 and n = 2, all scores equal, several copies of the
highest or lowest score, only two distinct scores, many small random juries with few distinct
scores (where the brute force checks), and maximal inputs."""

import random

SEED = 27056


def test(cases: list[list[int]]) -> str:
    assert 1 <= len(cases) <= 100
    assert all(1 <= len(a) <= 100 and all(1 <= x <= 100 for x in a) for a in cases)
    return f"{len(cases)}\n" + "".join(f"{len(a)}\n{' '.join(map(str, a))}\n" for a in cases)


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([[1]]),
        test([[100], [7, 7], [1, 100], [100, 1], [3, 4, 5], [5, 4, 3]]),
        test([[1, 1, 2, 3, 3], [2, 1, 1, 1, 3], [3, 3, 3, 1, 2], [1, 2, 2, 2, 2], [5, 5, 5, 5, 9]]),
        test([[100] * 100, [1] * 100, [1, 100] * 50, [1] + [50] * 98 + [100]]),
        test([[4, 6, 4, 6, 4], [2, 5, 5, 8, 8, 2], [10, 20, 30, 20, 10, 30, 20]]),
    ]
    for _ in range(12):  # small random juries with ties: brute force checks these
        cases = []
        for _ in range(rng.randint(20, 40)):
            n = rng.randint(1, 8)
            top = rng.choice([2, 3, 4, 10, 100])
            cases.append([rng.randint(1, top) for _ in range(n)])
        tests.append(test(cases))
    for _ in range(3):  # medium
        cases = [[rng.randint(1, rng.choice([5, 100])) for _ in range(rng.randint(30, 100))] for _ in range(20)]
        tests.append(test(cases))
    # maximal: t = 100 juries of 100 judges
    tests.append(test([[rng.randint(1, 100) for _ in range(100)] for _ in range(100)]))
    tests.append(test([[rng.choice([1, 2, 99, 100]) for _ in range(100)] for _ in range(100)]))
    tests.append(test([[rng.randint(1, 100) for _ in range(rng.randint(1, 3))] for _ in range(100)]))
    return tests
