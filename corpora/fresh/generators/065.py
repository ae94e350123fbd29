"""Private tests of fresh/065: n = 1 and n = 2, every k for all n up to 12, the golden candy at an
end for odd n, large odd and even n with the golden candy in the middle or next to an end, and many
small random cases (where the game search of the brute force checks the reference; those tests are
kept under the brute force's size limit, and the tests with large n are larger than it)."""

import random

SEED = 27065
MAX_N = 10**9


def test(cases: list[tuple[int, int]]) -> str:
    assert 1 <= len(cases) <= 3000
    assert all(1 <= k <= n <= MAX_N for n, k in cases)
    return f"{len(cases)}\n" + "".join(f"{n} {k}\n" for n, k in cases)


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([(1, 1)]),
        test([(2, 1), (2, 2), (3, 1), (3, 2), (3, 3)]),
        test([(n, k) for n in range(4, 9) for k in range(1, n + 1)]),
        test([(n, k) for n in range(9, 13) for k in range(1, n + 1)]),
        test([(n, k) for n in (20, 21, 30, 31) for k in (1, 2, n // 2, n - 1, n)]),
    ]
    for _ in range(10):  # small random cases: the brute force checks these (inputs under 1500 bytes)
        cases = []
        for _ in range(rng.randint(20, 80)):
            n = rng.randint(1, 40)
            k = rng.choice([1, n, rng.randint(1, n)])
            cases.append((n, k))
        tests.append(test(cases))
    # large n: many cases in each input
    big = []
    for n in (MAX_N, MAX_N - 1, 999999998, 999999997):
        big += [(n, 1), (n, n), (n, 2), (n, n - 1), (n, n // 2), (n, n // 2 + 1)]
    big += [(n, rng.randint(1, n)) for n in (rng.randint(1, MAX_N) for _ in range(200))]
    tests.append(test(big))
    for _ in range(3):
        cases = []
        for _ in range(300):
            n = rng.randint(1, MAX_N)
            cases.append((n, rng.choice([1, n, rng.randint(1, n)])))
        tests.append(test(cases))
    # maximal: the most test cases
    cases = []
    for _ in range(3000):
        n = rng.randint(1, 10**5)
        cases.append((n, rng.choice([1, n, rng.randint(1, n)])))
    tests.append(test(cases))
    return tests
