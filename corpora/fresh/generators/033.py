"""Private tests of fresh/033: one guest, a one-cup teapot (Alice restarts after every cup),
a teapot that never runs out (plain rounds), a teapot that empties exactly at the end of a
round or exactly with the last cup, capacities k - 1, k, k + 1 around the number of guests
still waiting, all-equal wishes, many small random parties, and maximal parties
(n = 50, c_i = 50) at the bound on the sum of n."""

import random

SEED = 26033


def test(cases: list[tuple[int, list[int]]]) -> str:
    assert 1 <= len(cases) <= 100
    assert sum(len(c) for _, c in cases) <= 500
    for k, c in cases:
        assert 1 <= len(c) <= 50 and 1 <= k <= 2500 and all(1 <= x <= 50 for x in c)
    return f"{len(cases)}\n" + "".join(f"{len(c)} {k}\n{' '.join(map(str, c))}\n" for k, c in cases)


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([(1, [1])]),
        test([(1, [50]), (2500, [50]), (7, [3]), (1, [1, 1]), (2, [1, 1]), (3, [1, 1])]),
        test([(1, [2, 1]), (2, [2, 1]), (3, [2, 1]), (1, [1, 2]), (2, [1, 2]), (3, [1, 2])]),
        test([(3, [2, 2, 2]), (2, [2, 2, 2]), (4, [2, 2, 2]), (6, [2, 2, 2]), (5, [2, 2, 2])]),
        test([(2, [3, 2, 4, 1]), (3, [3, 2, 4, 1]), (4, [3, 2, 4, 1]), (5, [3, 2, 4, 1]), (10, [3, 2, 4, 1])]),
        test([(k, [5, 1, 4, 2, 3]) for k in range(1, 16)]),
        test([(k, [1, 2, 3, 4, 5, 6]) for k in range(1, 22)] + [(k, [6, 5, 4, 3, 2, 1]) for k in range(1, 22)]),
    ]
    for _ in range(12):  # many small random parties
        cases = []
        for _ in range(rng.randint(20, 60)):
            n = rng.randint(1, 8)
            top = rng.choice([2, 3, 5, 10])
            c = [rng.randint(1, top) for _ in range(n)]
            k = rng.randint(1, min(2500, sum(c) + 2))
            cases.append((k, c))
        while sum(len(c) for _, c in cases) > 500:
            cases.pop()
        tests.append(test(cases))
    for _ in range(2):  # medium random parties
        cases = []
        for _ in range(rng.randint(10, 20)):
            c = [rng.randint(1, 50) for _ in range(rng.randint(20, 50))]
            cases.append((rng.randint(1, 3 * len(c)), c))
        while sum(len(c) for _, c in cases) > 500:
            cases.pop()
        tests.append(test(cases))
    # maximal: ten full parties with one-cup and small teapots, and one with mixed teapots
    tests.append(test([(1, [50] * 50) for _ in range(10)]))
    tests.append(test([(k, [rng.randint(40, 50) for _ in range(50)]) for k in (1, 2, 3, 7, 49, 50, 51, 99, 2500, 1234)]))
    tests.append(test([(rng.randint(1, 60), [rng.randint(1, 50) for _ in range(5)]) for _ in range(100)]))
    return tests
