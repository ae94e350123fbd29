"""Private tests of fresh/042: n = 2 (sum even or odd), all cards odd, all cards even, a single
card of one parity, many equal numbers, many small random tests (where the brute force checks
the reference), and maximal tests (n = 2000, sum of n = 4000)."""

import random

SEED = 27042
MAX = 10**9


def test(cases: list[list[int]]) -> str:
    assert 1 <= len(cases) <= 1000
    assert sum(len(a) for a in cases) <= 4000
    assert all(2 <= len(a) <= 2000 and all(1 <= x <= MAX for x in a) for a in cases)
    return f"{len(cases)}\n" + "".join(f"{len(a)}\n{' '.join(map(str, a))}\n" for a in cases)


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([[1, 1]]),
        test([[1, 2]]),
        test([[2, 2], [1, 3], [2, 3], [MAX, MAX], [MAX, MAX - 1], [1, MAX]]),
        test([[1, 3, 5, 7, 9], [2, 4, 6, 8, 10, 12], [1, 2, 4, 6], [2, 1, 3, 5, 7], [5] * 7, [6] * 8]),
        test([[7, 7, 7, 8], [8, 8, 7], [1, 1, 2, 2], [3, 3, 3, 3, 4, 4, 4]]),
    ]
    for _ in range(14):  # small random tests: the brute force checks these
        cases = []
        for _ in range(rng.randint(5, 40)):
            n = rng.randint(2, 12)
            top = rng.choice([3, 10, 100, MAX])
            cases.append([rng.randint(1, top) for _ in range(n)])
        tests.append(test(cases))
    for _ in range(3):  # medium, skewed parities
        cases = []
        for _ in range(rng.randint(5, 20)):
            n = rng.randint(50, 150)
            p_odd = rng.random()
            cases.append([2 * rng.randint(0, MAX // 2 - 1) + 1 if rng.random() < p_odd else 2 * rng.randint(1, MAX // 2)
                          for _ in range(n)])
        tests.append(test(cases))
    # maximal
    tests.append(test([[rng.randint(1, MAX) for _ in range(2000)], [rng.randint(1, MAX) for _ in range(2000)]]))
    tests.append(test([[2 * rng.randint(0, 499) + 1 for _ in range(2000)], [2 * rng.randint(1, 500) for _ in range(2000)]]))
    tests.append(test([[rng.randint(1, 100) for _ in range(2)] for _ in range(999)] + [[rng.randint(1, 9) for _ in range(2000)]]))
    return tests
