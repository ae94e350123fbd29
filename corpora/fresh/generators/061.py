"""Private tests of fresh/061: n = 1 (enough or not), sums exactly equal to s, s larger than
all coins together (−1), s = 10^9, a large first day (taking the first days misleads), many
small random piggy banks (where the brute force checks), and maximal inputs."""

import random

SEED = 27061


def test(cases: list[tuple[int, list[int]]]) -> str:
    assert 1 <= len(cases) <= 100
    for s, a in cases:
        assert 1 <= len(a) <= 100 and 1 <= s <= 10**9 and all(1 <= x <= 1000 for x in a)
    return f"{len(cases)}\n" + "".join(f"{len(a)} {s}\n{' '.join(map(str, a))}\n" for s, a in cases)


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([(1, [1])]),
        test([(2, [1]), (1000, [1000]), (1001, [1000]), (3, [1, 2]), (3, [2, 1]), (4, [2, 1])]),
        test([(10, [9, 1]), (10, [1, 9]), (10, [5, 5]), (11, [5, 5]), (6, [1, 1, 1, 1, 1, 1]), (7, [1, 1, 1, 1, 1, 1])]),
        test([(10**9, [1000] * 100), (100000, [1000] * 100), (99999, [1000] * 100), (100, [1] * 100), (101, [1] * 100)]),
        test([(1000, [1000, 1, 1, 1]), (500, [400, 1, 1, 1, 1, 100]), (3, [3, 3, 3])]),
    ]
    for _ in range(12):  # small random piggy banks: brute force checks these
        cases = []
        for _ in range(rng.randint(20, 40)):
            n = rng.randint(1, 8)
            top = rng.choice([1, 3, 10, 1000])
            a = [rng.randint(1, top) for _ in range(n)]
            s = rng.randint(1, sum(a) + 2)
            cases.append((s, a))
        tests.append(test(cases))
    for _ in range(3):  # medium
        cases = []
        for _ in range(20):
            a = [rng.randint(1, 1000) for _ in range(rng.randint(30, 100))]
            cases.append((rng.randint(1, sum(a) + 1000), a))
        tests.append(test(cases))
    # maximal: t = 100 piggy banks of 100 days
    big = []
    for _ in range(100):
        a = [rng.randint(1, 1000) for _ in range(100)]
        big.append((rng.randint(1, sum(a)), a))
    tests.append(test(big))
    tests.append(test([(rng.choice([10**9, rng.randint(1, 100000)]), [rng.randint(1, 1000) for _ in range(100)]) for _ in range(100)]))
    tests.append(test([(rng.randint(1, 3000), [rng.randint(1, 1000) for _ in range(rng.randint(1, 3))]) for _ in range(100)]))
    return tests
