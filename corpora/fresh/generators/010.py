"""Private tests of fresh/010: n = 1, k = n (one period only), k = 1 (free choice every day but a
fee for each change), c = 0 and huge c, plans that need many switches, cheap last days that are
too short for a period, many small random cases (checked by the exhaustive brute force), and
maximal inputs, among them a large k (too slow for a DP over period lengths)."""

import random

SEED = 26010
MAX_SUM_N = 15000
MAX_P = 10**6
MAX_C = 10**9


def case(k: int, c: int, a: list[int], b: list[int]) -> str:
    n = len(a)
    assert n == len(b) and 1 <= k <= n and 0 <= c <= MAX_C
    assert all(1 <= v <= MAX_P for v in a + b)
    return f"{n} {k} {c}\n{' '.join(map(str, a))}\n{' '.join(map(str, b))}\n"


def test(cases: list[str]) -> str:
    assert 1 <= len(cases) <= 10**4
    return f"{len(cases)}\n" + "".join(cases)


def blocky(rng: random.Random, n: int, block: int, lo: int, hi: int) -> tuple[list[int], list[int]]:
    """Prices where the cheaper shop changes in blocks of about `block` days."""
    a, b = [], []
    cheap_a = rng.random() < 0.5
    while len(a) < n:
        length = max(1, block + rng.randint(-block // 2, block // 2))
        for _ in range(min(length, n - len(a))):
            x, y = rng.randint(1, lo), rng.randint(lo, hi)
            a.append(x if cheap_a else y)
            b.append(y if cheap_a else x)
        cheap_a = not cheap_a
    return a, b


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([case(1, 0, [1], [1])]),
        test([case(1, 5, [3], [2]), case(2, 0, [1, 9], [9, 1]), case(1, 0, [1, 9], [9, 1]),
              case(1, 7, [1, 9], [9, 1]), case(1, 8, [1, 9], [9, 1]), case(1, 9, [1, 9], [9, 1])]),
        test([case(3, 1, [1, 1, 1, 100, 100], [100, 100, 100, 1, 1]),
              case(3, 1, [1, 1, 1, 100, 100, 100], [100, 100, 100, 1, 1, 1]),
              case(2, 0, [5, 1, 5, 1, 5, 1, 5], [1, 5, 1, 5, 1, 5, 1]),
              case(1, 0, [5, 1, 5, 1, 5, 1, 5], [1, 5, 1, 5, 1, 5, 1])]),
        test([case(2, MAX_C, [MAX_P] * 6, [1] * 3 + [MAX_P] * 3), case(4, 0, [MAX_P] * 8, [MAX_P] * 8),
              case(8, 3, [2] * 8, [1] * 8)]),
        test([case(2, 1, *blocky(rng, 12, 2, 3, 20)), case(3, 2, *blocky(rng, 12, 3, 3, 20)),
              case(1, 1, *blocky(rng, 12, 1, 3, 20))]),
    ]
    for _ in range(12):  # small random cases: checked by the exhaustive brute force
        cases = []
        for _ in range(rng.randint(6, 15)):
            n = rng.randint(1, 10)
            k = rng.randint(1, min(n, 4))
            top = rng.choice([3, 10, 100])
            if rng.random() < 0.5:
                a, b = blocky(rng, n, rng.randint(1, 4), top, 3 * top)
            else:
                a = [rng.randint(1, top) for _ in range(n)]
                b = [rng.randint(1, top) for _ in range(n)]
            cases.append(case(k, rng.choice([0, 1, 2, 5, 20, 1000]), a, b))
        tests.append(test(cases))
    for _ in range(3):  # medium
        cases = []
        for _ in range(20):
            n = rng.randint(100, 500)
            k = rng.randint(1, rng.choice([5, 30, n]))
            a, b = blocky(rng, n, rng.randint(1, 40), 100, 10**4)
            cases.append(case(k, rng.choice([0, 10, 1000, 10**5]), a, b))
        tests.append(test(cases))
    n = MAX_SUM_N
    a, b = blocky(rng, n, 30, 10**5, MAX_P)
    tests.append(test([case(20, 10**5, a, b)]))
    a, b = blocky(rng, n, 6000, 10**5, MAX_P)
    tests.append(test([case(6000, 10**6, a, b)]))
    tests.append(test([case(rng.randint(1, 5), rng.randint(0, 50), *blocky(rng, 15, 3, 10, 100))
                       for _ in range(1000)]))
    return tests
