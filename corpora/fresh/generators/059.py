"""Private tests of fresh/059: n = 1, all houses equal, strictly rising and falling rows,
equal heights next to the tallest one (strictness), rows where only the neighbour is lower,
many small random rows with few distinct heights (where the brute force checks), and maximal
inputs."""

import random

SEED = 27059


def test(cases: list[list[int]]) -> str:
    assert 1 <= len(cases) <= 100
    assert all(1 <= len(h) <= 100 and all(1 <= x <= 1000 for x in h) for h in cases)
    return f"{len(cases)}\n" + "".join(f"{len(h)}\n{' '.join(map(str, h))}\n" for h in cases)


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([[1]]),
        test([[1000], [5, 5], [1, 1000], [1000, 1], [3, 4, 5], [5, 4, 3]]),
        test([[2, 1, 3, 1], [5, 5, 4, 4], [4, 4, 5, 5], [1, 3, 2, 3], [7, 3, 7, 3, 7, 3]]),
        test([list(range(1, 101)), list(range(100, 0, -1)), [1000] * 100, [1, 1000] * 50]),
        test([[9, 8, 9, 8, 1], [3, 2, 1, 10], [6, 6, 6, 5, 6]]),
    ]
    for _ in range(12):  # small random rows with ties: brute force checks these
        cases = []
        for _ in range(rng.randint(20, 40)):
            n = rng.randint(1, 8)
            top = rng.choice([2, 3, 5, 10, 1000])
            cases.append([rng.randint(1, top) for _ in range(n)])
        tests.append(test(cases))
    for _ in range(3):  # medium
        cases = [[rng.randint(1, rng.choice([10, 1000])) for _ in range(rng.randint(30, 100))] for _ in range(20)]
        tests.append(test(cases))
    # maximal: t = 100 rows of 100 houses
    tests.append(test([[rng.randint(1, 1000) for _ in range(100)] for _ in range(100)]))
    tests.append(test([sorted((rng.randint(1, 1000) for _ in range(100)), reverse=True) for _ in range(100)]))
    tests.append(test([[rng.randint(1, 1000) for _ in range(rng.randint(1, 3))] for _ in range(100)]))
    return tests
