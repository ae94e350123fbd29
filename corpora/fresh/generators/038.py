"""Private tests of fresh/038: n = 1; l = r; jumps longer than the pond (no route); one colour
(no route); two alternating colours with even and odd jump lengths; the window boundaries
i − r and i − l hit exactly; many small random ponds over two to four colours for the brute
force; medium ponds whose answers exceed 998244353; and maximal ponds (n = 2·10^5, wide
windows) where summing the whole window for every pad is too slow."""

import random

SEED = 26038
MAX_SUM_N = 2 * 10**5
ALPHA = "abcdefghijklmnopqrstuvwxyz"


def test(cases: list[tuple[int, int, str]]) -> str:
    assert 1 <= len(cases) <= 10**4
    assert sum(len(c) for _, _, c in cases) <= MAX_SUM_N
    for lo, hi, c in cases:
        assert 1 <= lo <= hi <= len(c) and set(c) <= set(ALPHA)
    return f"{len(cases)}\n" + "".join(f"{len(c)} {lo} {hi}\n{c}\n" for lo, hi, c in cases)


def rand_str(rng: random.Random, n: int, k: int) -> str:
    return "".join(rng.choice(ALPHA[:k]) for _ in range(n))


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([(1, 1, "a")]),
        test([(1, 1, "ab"), (1, 1, "aa"), (2, 2, "ab"), (1, 2, "ab"), (1, 1, "z"), (3, 3, "abc"), (3, 3, "aba")]),
        test([(5, 5, "abcde"), (4, 5, "abcde"), (4, 4, "abcde"), (4, 4, "abcda"), (2, 3, "aaaaaa")]),
        test([(1, 2, "ababababab"), (2, 2, "ababababab"), (1, 3, "ababababab"), (3, 3, "abababa"), (1, 1, "abababab")]),
        test([(2, 4, "abcdabcdabcd"), (3, 5, "abcabcabcabcab"), (1, 12, "abcdefghijkl"), (6, 12, "abcdefghijkl")]),
    ]
    for _ in range(12):  # small random ponds: the brute force enumerates every route
        cases = []
        for _ in range(rng.randint(20, 40)):
            n = rng.randint(1, 13)
            lo = rng.randint(1, min(n, 3))
            hi = rng.randint(lo, n)
            cases.append((lo, hi, rand_str(rng, n, rng.randint(1, 4))))
        tests.append(test(cases))
    # medium: answers far above the modulus
    tests.append(test([(1, 200, rand_str(rng, 200, 26)), (1, 3, rand_str(rng, 500, 3)), (2, 7, rand_str(rng, 999, 5)),
                       (1, 1000, "ab" * 500), (5, 40, rand_str(rng, 3000, 2))]))
    tests.append(test([(rng.randint(1, 4), rng.randint(5, 60), rand_str(rng, rng.randint(100, 2000), rng.randint(2, 26)))
                       for _ in range(30)]))
    # maximal: the widest window; a shifted window with two colours; many small ponds
    tests.append(test([(1, MAX_SUM_N, rand_str(rng, MAX_SUM_N, 26))]))
    tests.append(test([(1000, 50000, rand_str(rng, MAX_SUM_N // 2, 2)), (3, 90000, rand_str(rng, MAX_SUM_N // 2, 3))]))
    cases = []
    for _ in range(10**4):
        n = 20
        lo = rng.randint(1, 3)
        cases.append((lo, rng.randint(lo, n), rand_str(rng, n, rng.randint(1, 5))))
    tests.append(test(cases))
    return tests
