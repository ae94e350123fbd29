"""Private tests of fresh/022: single exercises (fitting exactly, with and without a card),
k = 0 and k = n, T smaller than every halved time, equal times where using cards lazily
fails, odd times where rounding matters, many small random cases, and maximal inputs at
the bounds on n, a_i and T."""

import random

SEED = 26022
MAX_SUM_N = 2 * 10**4
MAX_A = 10**9
MAX_T = 10**14


def case(k: int, T: int, a: list[int]) -> str:
    assert 0 <= k <= len(a) and 1 <= T <= MAX_T and all(1 <= x <= MAX_A for x in a)
    return f"{len(a)} {k} {T}\n{' '.join(map(str, a))}\n"


def test(cases: list[tuple[int, int, list[int]]]) -> str:
    assert 1 <= len(cases) <= 10**4 and sum(len(c[2]) for c in cases) <= MAX_SUM_N
    return f"{len(cases)}\n" + "".join(case(*c) for c in cases)


def small_case(rng: random.Random) -> tuple[int, int, list[int]]:
    n = rng.randint(1, 7)
    top = rng.choice([3, 10, 30])
    a = [rng.randint(1, top) for _ in range(n)]
    k = rng.randint(0, n)
    T = rng.randint(1, sum(a) + 2)
    return k, T, a


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([(0, 1, [1])]),
        test([(1, 1, [1]), (1, 1, [2]), (0, 1, [2]), (1, 1, [3]), (1, 2, [3]), (0, 3, [3])]),
        test([(2, 11, [5, 5, 5]), (2, 12, [5, 5, 5]), (3, 6, [4, 4, 4]), (1, 13, [5, 5, 5])]),
        test([(3, 9, [3, 3, 3]), (3, 8, [3, 3, 3]), (2, 7, [1, 1, 9, 9]), (4, 4, [7, 7, 7, 7])]),
        test([(0, 10**14, [MAX_A] * 5), (5, 2, [MAX_A] * 5), (2, 5 * 10**8, [MAX_A, 1, MAX_A])]),
        test([(1, 5 * 10**8, [MAX_A - 1, MAX_A]), (2, 10**9, [MAX_A - 1, MAX_A - 1, 3])]),
    ]
    for _ in range(12):
        tests.append(test([small_case(rng) for _ in range(rng.randint(20, 60))]))
    for _ in range(3):
        cases = []
        for _ in range(20):
            n = rng.randint(50, 300)
            a = [rng.randint(1, 10**6) for _ in range(n)]
            k = rng.randint(0, n)
            T = rng.randint(1, sum(a))
            cases.append((k, T, a))
        tests.append(test(cases))
    # maximal: one big case answered near the middle, all cards used, many tiny cases
    a = [rng.randint(1, MAX_A) for _ in range(MAX_SUM_N)]
    tests.append(test([(MAX_SUM_N // 3, sum(sorted(a)[: MAX_SUM_N // 2]), a)]))
    a = [rng.randint(MAX_A - 1000, MAX_A) for _ in range(MAX_SUM_N)]
    tests.append(test([(MAX_SUM_N, MAX_T, a)]))
    tiny = []
    for _ in range(10**4):
        a = [rng.randint(1, 20) for _ in range(2)]
        tiny.append((rng.randint(0, 2), rng.randint(1, 40), a))
    tests.append(test(tiny))
    return tests
