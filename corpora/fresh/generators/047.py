"""Private tests of fresh/047: all ones, a requirement larger than the stock (answer 0), each of
the three vegetables as the only bottleneck, stocks exactly divisible and one short, many small
random cases, and maximal values."""

import random

SEED = 27047
MAX = 10**9


def test(cases: list[tuple[int, ...]]) -> str:
    assert 1 <= len(cases) <= 1000
    assert all(len(cs) == 6 and all(1 <= v <= MAX for v in cs) for cs in cases)
    return f"{len(cases)}\n" + "".join(" ".join(map(str, cs)) + "\n" for cs in cases)


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([(1, 1, 1, 1, 1, 1)]),
        test([(1, 1, 1, 2, 1, 1)]),
        test([(1, 1, 1, 1, 2, 1), (1, 1, 1, 1, 1, 2), (5, 5, 5, 5, 5, 5), (4, 5, 5, 5, 5, 5), (5, 5, 4, 5, 5, 5)]),
        test([(100, 10, 100, 1, 1, 1), (100, 100, 10, 1, 1, 1), (10, 100, 100, 1, 1, 1),
              (20, 20, 20, 2, 1, 1), (20, 20, 20, 1, 2, 1), (20, 20, 20, 1, 1, 2)]),
        test([(12, 12, 12, 4, 3, 6), (11, 12, 12, 4, 3, 6), (12, 11, 12, 4, 3, 6), (12, 12, 11, 4, 3, 6),
              (3, 100, 100, 1, 50, 50), (7, 7, 7, 3, 3, 3)]),
        test([(MAX, MAX, MAX, 1, 1, 1), (MAX, MAX, MAX, MAX, MAX, MAX), (MAX - 1, MAX, MAX, MAX, 1, 1),
              (MAX, MAX, 1, 1, 1, 1), (MAX, MAX, MAX, 2, 3, 7), (1, MAX, MAX, 1, MAX, MAX)]),
    ]
    for _ in range(10):  # many small cases
        cases = []
        for _ in range(rng.randint(30, 150)):
            cases.append(tuple(rng.randint(1, 30) for _ in range(3)) + tuple(rng.randint(1, 6) for _ in range(3)))
        tests.append(test(cases))
    for _ in range(4):  # stocks at, just below and just above multiples of the requirements
        cases = []
        for _ in range(rng.randint(30, 150)):
            req = tuple(rng.randint(1, 10**4) for _ in range(3))
            m = rng.randint(0, 10**4)
            stock = tuple(max(1, r * (m + rng.randint(0, 2)) + rng.choice([-1, 0, 0, 1])) for r in req)
            cases.append(stock + req)
        tests.append(test(cases))
    # maximal: t = 1000 with large values
    tests.append(test([tuple(rng.randint(1, MAX) for _ in range(3)) + tuple(rng.randint(1, 10**4) for _ in range(3))
                       for _ in range(1000)]))
    tests.append(test([tuple(rng.randint(1, MAX) for _ in range(6)) for _ in range(700)]))
    return tests
