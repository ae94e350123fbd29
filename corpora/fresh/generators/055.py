"""Private tests of fresh/055: n = 1, all scores equal (nobody praised), averages that are
integers and scores equal to them, non-integer averages just below an integer score (where
rounding the average breaks), zeros and 100s, many small random classes with few distinct
scores (where the brute force checks), and maximal inputs."""

import random

SEED = 27055


def test(cases: list[list[int]]) -> str:
    assert 1 <= len(cases) <= 100
    assert all(1 <= len(a) <= 100 and all(0 <= x <= 100 for x in a) for a in cases)
    return f"{len(cases)}\n" + "".join(f"{len(a)}\n{' '.join(map(str, a))}\n" for a in cases)


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([[0]]),
        test([[0], [100], [5, 5], [0, 100], [100, 0], [1, 2]]),
        test([[0, 0, 1], [0, 1, 1], [1, 1, 2], [2, 2, 2, 3], [3, 3, 3, 3, 4], [0, 0, 0, 0, 100]]),
        test([[1, 2, 3], [1, 2, 3, 4, 5], [2, 4, 6, 8], [100] * 100, [0] * 100]),
        test([[0] * 99 + [1], [100] * 99 + [0], [1, 1, 1, 4], [5, 4, 4, 4, 3]]),
    ]
    for _ in range(12):  # small random classes with ties: brute force checks these
        cases = []
        for _ in range(rng.randint(20, 40)):
            n = rng.randint(1, 8)
            top = rng.choice([1, 2, 3, 10, 100])
            cases.append([rng.randint(0, top) for _ in range(n)])
        tests.append(test(cases))
    for _ in range(3):  # medium
        cases = [[rng.randint(0, rng.choice([5, 100])) for _ in range(rng.randint(30, 100))] for _ in range(20)]
        tests.append(test(cases))
    # maximal: t = 100 classes of 100 students
    tests.append(test([[rng.randint(0, 100) for _ in range(100)] for _ in range(100)]))
    tests.append(test([[rng.choice([0, 100]) for _ in range(100)] for _ in range(100)]))
    tests.append(test([[rng.randint(0, 100) for _ in range(rng.randint(1, 3))] for _ in range(100)]))
    return tests
