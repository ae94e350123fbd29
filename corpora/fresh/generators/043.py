"""Private tests of fresh/043: s = x = 0, arrival exactly at a departure (the first one and a
later one), arrival before the first ferry (closer and farther than k), arrival one minute
after a departure, k = 1, huge k, many small random cases, and maximal values."""

import random

SEED = 27043
MAX = 10**9


def test(cases: list[tuple[int, int, int]]) -> str:
    assert 1 <= len(cases) <= 1000
    assert all(0 <= s <= MAX and 1 <= k <= MAX and 0 <= x <= MAX for s, k, x in cases)
    return f"{len(cases)}\n" + "".join(f"{s} {k} {x}\n" for s, k, x in cases)


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([(0, 1, 0)]),
        test([(5, 3, 5)]),
        test([(5, 3, 2), (5, 3, 0), (5, 3, 4), (5, 3, 6), (5, 3, 8), (5, 3, 9), (5, 3, 11)]),
        test([(100, 7, 1), (100, 7, 93), (100, 7, 99), (100, 7, 100), (100, 7, 101), (100, 7, 107)]),
        test([(0, 1, MAX), (MAX, 1, 0), (MAX, MAX, MAX), (0, MAX, 1), (0, MAX, MAX), (1, MAX, MAX), (MAX, 2, 0)]),
        test([(3, 10, 0), (3, 10, 13), (3, 10, 14), (3, 10, 12), (0, 10, 10), (0, 10, 9), (10, 10, 0)]),
    ]
    for _ in range(10):  # many small cases
        cases = []
        for _ in range(rng.randint(30, 150)):
            cases.append((rng.randint(0, 30), rng.randint(1, 10), rng.randint(0, 60)))
        tests.append(test(cases))
    for _ in range(4):  # arrivals at, just before and just after departures
        cases = []
        for _ in range(rng.randint(30, 150)):
            k = rng.randint(1, 10**6)
            s = rng.randint(0, 10**8)
            x = max(0, min(MAX, s + k * rng.randint(-3, 500) + rng.choice([-1, 0, 0, 1])))
            cases.append((s, k, x))
        tests.append(test(cases))
    # maximal: t = 1000 with large values
    tests.append(test([(rng.randint(0, MAX), rng.randint(1, MAX), rng.randint(0, MAX)) for _ in range(1000)]))
    tests.append(test([(rng.randint(0, 1000), rng.randint(1, 1000), rng.randint(MAX // 2, MAX)) for _ in range(1000)]))
    return tests
