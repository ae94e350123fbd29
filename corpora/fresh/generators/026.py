"""Private tests of fresh/026: a single day, S = 0 (only one-day rentals, ties of the
maximum), huge S (every rental is good), windows whose maximum leaves them as the left
end moves (a big price early, then small ones), decreasing and increasing prices, many
small random cases, and maximal inputs (large S so that quadratic counting is too slow)."""

import random

SEED = 26026
MAX_SUM_N = 4 * 10**4
MAX_A = 10**5
MAX_S = 4 * 10**9


def case(S: int, a: list[int]) -> str:
    assert 0 <= S <= MAX_S and all(1 <= x <= MAX_A for x in a) and len(a) >= 1
    return f"{len(a)} {S}\n{' '.join(map(str, a))}\n"


def test(cases: list[tuple[int, list[int]]]) -> str:
    assert 1 <= len(cases) <= 10**4 and sum(len(a) for _, a in cases) <= MAX_SUM_N
    return f"{len(cases)}\n" + "".join(case(S, a) for S, a in cases)


def small(rng: random.Random) -> tuple[int, list[int]]:
    n = rng.randint(1, 10)
    top = rng.choice([2, 5, 10, 100])
    a = [rng.randint(1, top) for _ in range(n)]
    S = rng.randint(0, max(0, sum(a) - max(a)) + 1)
    return S, a


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([(0, [1])]),
        test([(0, [MAX_A]), (0, [1, 1]), (1, [1, 1]), (0, [5, 1]), (0, [1, 2, 3]), (MAX_S, [1, 2, 3])]),
        test([(3, [10, 1, 1, 1, 1, 1]), (2, [10, 1, 1, 1, 1, 1]), (5, [1, 1, 9, 1, 1, 1, 1, 9])]),
        test([(4, [9, 8, 7, 6, 5, 4, 3, 2, 1]), (4, [1, 2, 3, 4, 5, 6, 7, 8, 9]), (0, [7] * 9)]),
        test([(6, [100, 3, 3, 100, 3, 3, 100]), (10, [50, 1, 2, 3, 4, 50, 4, 3, 2, 1])]),
    ]
    for _ in range(12):
        tests.append(test([small(rng) for _ in range(rng.randint(20, 60))]))
    for _ in range(3):
        cases = []
        for _ in range(10):
            n = rng.randint(100, 600)
            a = [rng.choice([rng.randint(1, 10), rng.randint(1, MAX_A)]) for _ in range(n)]
            cases.append((rng.randint(0, sum(a) // 3), a))
        tests.append(test(cases))
    # maximal: a big budget (about half of all rentals good), then spikes between cheap days
    a = [rng.randint(1, MAX_A) for _ in range(MAX_SUM_N)]
    tests.append(test([(10**9, a)]))
    a = [MAX_A if i % 97 == 0 else rng.randint(1, 50) for i in range(MAX_SUM_N)]
    tests.append(test([(MAX_S, a[: MAX_SUM_N // 2]), (200000, a[MAX_SUM_N // 2 :])]))
    return tests
