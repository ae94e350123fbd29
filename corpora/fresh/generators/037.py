"""Private tests of fresh/037: n = 1; k = 1 (every team is photogenic); k = 2; k = n; all
heights equal; all heights different (the answer is a binomial coefficient, reduced modulo
998244353 in the large tests); two or three distinct heights with many repetitions; many small
random tests with ties for the brute force; and maximal tests (sum of n = 2·10^4) where an
O(n^2) count is too slow."""

import random

SEED = 26037
MAX_SUM_N = 2 * 10**4
MAX_A = 10**9


def test(cases: list[tuple[int, list[int]]]) -> str:
    assert 1 <= len(cases) <= 10**4
    assert sum(len(a) for _, a in cases) <= MAX_SUM_N
    for k, a in cases:
        assert 1 <= k <= len(a) and all(1 <= x <= MAX_A for x in a)
    return f"{len(cases)}\n" + "".join(f"{len(a)} {k}\n{' '.join(map(str, a))}\n" for k, a in cases)


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([(1, [1])]),
        test([(1, [5]), (1, [3, 3, 3]), (2, [3, 3, 3]), (3, [3, 3, 3]), (2, [1, 2]), (2, [2, 2])]),
        test([(3, [1, 2, 3]), (3, [1, 1, 2]), (3, [1, 2, 2]), (4, [4, 3, 2, 1]), (4, [4, 3, 1, 1]), (4, [4, 4, 2, 1])]),
        test([(k, [1, 1, 2, 2, 3, 3, 4, 4]) for k in range(1, 9)]),
        test([(k, [7, 7, 7, 1, 1, 5, 5, 9]) for k in range(1, 9)]),
        test([(k, [MAX_A, MAX_A - 1, MAX_A - 1, 1, 1, 1, 1]) for k in range(1, 8)]),
    ]
    for _ in range(12):  # small random tests: the brute force checks these
        cases = []
        for _ in range(rng.randint(15, 30)):
            n = rng.randint(1, 11)
            top = rng.choice([2, 3, 4, 6, 30])
            a = [rng.randint(1, top) for _ in range(n)]
            cases.append((rng.randint(1, n), a))
        tests.append(test(cases))
    # medium: all different, answers are reduced modulo 998244353
    tests.append(test([(k, rng.sample(range(1, MAX_A + 1), 200)) for k in (1, 2, 3, 50, 100, 150, 199, 200)]))
    tests.append(test([(rng.randint(1, 300), [rng.randint(1, 5) for _ in range(300)]) for _ in range(20)]))
    # maximal: one test with heavy ties, one with distinct heights, many tiny tests
    tests.append(test([(7777, [rng.randint(1, 100) for _ in range(MAX_SUM_N)])]))
    tests.append(test([(rng.randint(2, 10000), rng.sample(range(1, MAX_A + 1), MAX_SUM_N // 2)) for _ in range(2)]))
    tests.append(test([(rng.randint(1, 2), [rng.randint(1, 3) for _ in range(2)]) for _ in range(10**4)]))
    return tests
