"""Private tests of fresh/007: n = 1, all candles of length 1, all equal lengths, staircases
1, 2, ..., n (every candle can burn), few very long candles with many short ones (where the
h-index differs), many small random cases (checked by the brute force), and maximal inputs where
nearly all candles can burn together (too slow for checking every k from scratch)."""

import random

SEED = 26007
MAX_SUM_N = 3 * 10**4
MAX_A = 10**5


def case(a: list[int]) -> str:
    assert 1 <= len(a) and all(1 <= x <= MAX_A for x in a)
    return f"{len(a)}\n{' '.join(map(str, a))}\n"


def test(cases: list[list[int]]) -> str:
    assert 1 <= len(cases) <= 10**4 and sum(len(a) for a in cases) <= MAX_SUM_N
    return f"{len(cases)}\n" + "".join(case(a) for a in cases)


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([[1]]),
        test([[MAX_A], [1, 1], [2, 1], [2, 2], [1, 2, 3], [3, 3, 3], [1, 1, 5]]),
        test([[5, 5, 1, 1, 1], [4, 4, 4, 1, 1, 1], [10, 1, 1, 1, 1, 1], [2, 2, 2, 2, 9, 9, 9]]),
        test([list(range(1, 9)), list(range(8, 0, -1)), [8] * 8, [7] * 8, [3, 3, 3, 3, 3, 2, 1]]),
        test([[MAX_A] * 6, [1] * 6, [MAX_A, 1, MAX_A, 1, MAX_A, 1]]),
    ]
    for _ in range(12):  # small random cases: checked by the brute force
        cases = []
        for _ in range(rng.randint(10, 30)):
            n = rng.randint(1, 8)
            top = rng.choice([2, 4, 8, 12])
            cases.append([rng.randint(1, top) for _ in range(n)])
        tests.append(test(cases))
    for _ in range(3):  # medium, around the h-index threshold
        cases = []
        for _ in range(30):
            n = rng.randint(50, 400)
            cases.append([rng.randint(1, rng.choice([n // 2, n, 2 * n])) for _ in range(n)])
        tests.append(test(cases))
    n = MAX_SUM_N
    tests.append(test([[rng.randint(n, MAX_A) for _ in range(n)]]))
    tests.append(test([[rng.randint(1, n) for _ in range(n)]]))
    staircase = [i + rng.randint(0, 2) for i in range(1, n + 1)]
    rng.shuffle(staircase)
    tests.append(test([staircase]))
    return tests
