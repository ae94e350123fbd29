"""Private tests of fresh/039: n = 1; d larger than the number of genres (answer 0); c = 1
(all genres in a show distinct); c = n (only the second condition matters); d = 1 (only the
first condition matters); windows that cross (the longest window allowed by c ends before the
shortest window with d genres), which must not contribute negative amounts; genres played
exactly c times; many small random playlists for the brute force; and maximal playlists
(sum of n = 4·10^4) where an O(n^2) count is too slow."""

import random

SEED = 26039
MAX_SUM_N = 4 * 10**4


def test(cases: list[tuple[int, int, list[int]]]) -> str:
    assert 1 <= len(cases) <= 10**4
    assert sum(len(g) for _, _, g in cases) <= MAX_SUM_N
    for c, d, g in cases:
        n = len(g)
        assert 1 <= c <= n and 1 <= d <= n and all(1 <= x <= n for x in g)
    return f"{len(cases)}\n" + "".join(f"{len(g)} {c} {d}\n{' '.join(map(str, g))}\n" for c, d, g in cases)


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([(1, 1, [1])]),
        test([(1, 2, [1, 1]), (1, 2, [1, 2]), (2, 2, [2, 2]), (2, 1, [2, 2]), (1, 1, [1, 1]), (2, 1, [1, 1])]),
        test([(1, 2, [1, 1, 2, 2]), (1, 2, [1, 1, 2, 2, 3, 3]), (1, 3, [1, 1, 2, 2, 3, 3]), (2, 3, [1, 1, 1, 2, 2, 2, 3, 3, 3])]),
        test([(3, 1, [1, 1, 1, 1, 2, 2, 2, 2]), (8, 2, [1, 1, 1, 1, 2, 2, 2, 2]), (4, 2, [1, 1, 1, 1, 2, 2, 2, 2])]),
        test([(1, 5, [1, 2, 3, 4, 5]), (1, 6, [1, 2, 3, 4, 5, 6]), (1, 7, [1, 2, 3, 4, 5, 6, 1]), (2, 3, [3, 3, 3, 1, 2, 1, 2])]),
    ]
    for _ in range(12):  # small random playlists: the brute force checks these
        cases = []
        for _ in range(rng.randint(20, 50)):
            n = rng.randint(1, 12)
            k = rng.randint(1, min(n, 4))
            g = [rng.randint(1, k) for _ in range(n)]
            cases.append((rng.randint(1, min(n, 4)), rng.randint(1, min(n, 5)), g))
        tests.append(test(cases))
    for _ in range(2):  # medium playlists, still small enough for the brute force
        cases = []
        for _ in range(10):
            n = rng.randint(50, 150)
            k = rng.randint(2, 12)
            cases.append((rng.randint(1, 6), rng.randint(1, k), [rng.randint(1, k) for _ in range(n)]))
        tests.append(test(cases))
    # maximal: few genres with runs (windows cross a lot), long allowed windows, several playlists
    n = MAX_SUM_N
    g = []
    while len(g) < n:
        g += [rng.randint(1, 20)] * rng.randint(1, 6)
    tests.append(test([(3, 8, g[:n])]))
    tests.append(test([(2000, 100, [rng.randint(1, 300) for _ in range(n)])]))
    cases = []
    for c, d, k in ((1, 1, 4), (5, 3, 5), (10, 30, 40), (n // 4, 2, 2)):
        cases.append((c, d, [rng.randint(1, k) for _ in range(n // 4)]))
    tests.append(test(cases))
    return tests
