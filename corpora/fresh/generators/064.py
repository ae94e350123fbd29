"""Private tests of fresh/064: one student, students weighing exactly W, k = 1, groups that weigh
exactly W, cases where a student further back would fit but must wait, cases limited only by the
number of people, many small random cases, and maximal inputs (n = 100, W = 10^9, sum of n = 3000)."""

import random

SEED = 27064
MAX_W = 10**9


def test(cases: list[tuple[int, int, list[int]]]) -> str:
    assert 1 <= len(cases) <= 1000
    assert sum(len(w) for _, _, w in cases) <= 3000
    for k, cap, w in cases:
        assert 1 <= len(w) <= 100 and 1 <= k <= 100 and 1 <= cap <= MAX_W
        assert all(1 <= x <= cap for x in w)
    return f"{len(cases)}\n" + "".join(f"{len(w)} {k} {cap}\n{' '.join(map(str, w))}\n" for k, cap, w in cases)


def random_case(rng: random.Random, n: int) -> tuple[int, int, list[int]]:
    cap = rng.choice([1, 5, 10, 100, rng.randint(1, MAX_W)])
    k = rng.choice([1, 2, 3, rng.randint(1, 100), 100])
    mode = rng.randint(0, 2)
    if mode == 0:
        w = [rng.randint(1, cap) for _ in range(n)]
    elif mode == 1:  # light students: the number of people matters
        w = [rng.randint(1, max(1, cap // 10)) for _ in range(n)]
    else:  # heavy and light mixed: waiting students
        w = [rng.choice([rng.randint(cap // 2, cap) or 1, rng.randint(1, max(1, cap // 3))]) for _ in range(n)]
    return k, cap, w


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([(1, 1, [1])]),
        test([(1, 10, [3, 3, 3]), (3, 10, [10, 10, 10]), (100, 10, [1] * 10), (100, 10, [1] * 11), (5, 10, [1] * 11)]),
        test([(5, 100, [60, 50, 40, 50]), (5, 100, [90, 20, 10, 80]), (3, 100, [50, 50, 50, 50, 50])]),
        test([(2, 7, [3, 4, 3, 4]), (2, 7, [4, 4, 3, 3]), (4, 12, [6, 7, 5, 1, 1, 1, 1]), (100, MAX_W, [MAX_W] * 3)]),
        test([(100, MAX_W, [1] * 100), (99, MAX_W, [1] * 100), (1, MAX_W, [MAX_W] * 100), (50, 100, [2] * 100)]),
    ]
    for _ in range(13):  # small random cases
        tests.append(test([random_case(rng, rng.randint(1, 8)) for _ in range(rng.randint(10, 40))]))
    for _ in range(3):  # medium
        tests.append(test([random_case(rng, rng.randint(20, 100)) for _ in range(20)]))
    # maximal
    tests.append(test([random_case(rng, 100) for _ in range(30)]))
    tests.append(test([random_case(rng, 3) for _ in range(1000)]))
    return tests
